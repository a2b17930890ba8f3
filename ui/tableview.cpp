#include "tableview.h"

#include "statuscolor.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <algorithm>

namespace inventory {

namespace {

// The sorting proxy, which also shows a cell's meaning (StatusRole) as an icon beside its
// coloured text and says it in words to a screen reader: the colour is never the only sign.
class StatusProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole || role == Qt::AccessibleTextRole) {
            const QVariant status = QSortFilterProxyModel::data(index, StatusRole);
            if (status.isValid()) {
                const auto meaning = Status(status.toInt());
                if (role == Qt::DecorationRole)
                    return QApplication::style()->standardIcon(meaning == Status::Problem
                                                                   ? QStyle::SP_MessageBoxCritical
                                                                   : QStyle::SP_MessageBoxWarning);
                const QString text = QSortFilterProxyModel::data(index, Qt::DisplayRole).toString();
                return meaning == Status::Problem ? TableView::tr("%1 (problem)").arg(text)
                                                  : TableView::tr("%1 (warning)").arg(text);
            }
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

TableView::TableView(QAbstractItemModel *source, int sortRole, QWidget *parent)
    : QTableView(parent), m_proxy(new StatusProxy(this))
{
    m_proxy->setSourceModel(source);
    m_proxy->setSortRole(sortRole);
    // Rows updated in place by a live refresh must move to where the sort says.
    m_proxy->setDynamicSortFilter(true);
    setModel(m_proxy);
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder); // the server's order until the user picks a column
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false); // Tab moves on to the next control, as everywhere else
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);

    auto *copy = new QAction(tr("&Copy Rows"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &TableView::copySelection);
    addAction(copy);
    // The header's clicks have no keyboard way; this and the context menu (Menu key) are it.
    auto *sort = new QAction(tr("&Sort by This Column"), this);
    sort->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    sort->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(sort, &QAction::triggered, this, &TableView::sortByCurrentColumn);
    addAction(sort);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

void TableView::sortByCurrentColumn()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !isSortingEnabled())
        return;
    const QHeaderView *header = horizontalHeader();
    const bool already = header->sortIndicatorSection() == current.column();
    const Qt::SortOrder order = already && header->sortIndicatorOrder() == Qt::AscendingOrder
        ? Qt::DescendingOrder
        : Qt::AscendingOrder;
    sortByColumn(current.column(), order);
    scrollTo(currentIndex());
}

void TableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    // Styles draw the focus rectangle faintly (or not at all) with whole-row selection: outline
    // the current cell so keyboard users see where they are.
    const QModelIndex current = currentIndex();
    if (!hasFocus() || !current.isValid())
        return;
    const QRect cell = visualRect(current);
    if (!cell.isValid())
        return;
    QPainter painter(viewport());
    QPen pen(palette().color(QPalette::Active, QPalette::Text), 2);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(cell.adjusted(1, 1, -1, -1));
}

void TableView::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    viewport()->update();
}

void TableView::focusOutEvent(QFocusEvent *event)
{
    QTableView::focusOutEvent(event);
    viewport()->update();
}

namespace {

/// "1,105" as 1105 and "1,234.50" as 1234.50 (in German "1.105" and "1.234,50"), so a
/// spreadsheet reads numbers; any other text as it is.
QString plainNumber(const QString &text)
{
    const QLocale locale;
    bool ok = false;
    locale.toDouble(text, &ok);
    if (!ok || text.isEmpty())
        return text;
    QString number = text;
    number.remove(locale.groupSeparator());
    number.replace(locale.decimalPoint(), QStringLiteral("."));
    return number;
}

} // namespace

QList<int> TableView::selectedSourceRows() const
{
    QList<int> proxyRows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        proxyRows << index.row();
    std::sort(proxyRows.begin(), proxyRows.end());
    QList<int> rows;
    for (int row : proxyRows)
        rows << m_proxy->mapToSource(m_proxy->index(row, 0)).row();
    return rows;
}

int TableView::currentSourceRow() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void TableView::selectSourceRow(int row)
{
    const QModelIndex index = m_proxy->mapFromSource(m_proxy->sourceModel()->index(row, 0));
    if (!index.isValid())
        return;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

QString TableView::selectionAsText() const
{
    QStringList lines;
    QStringList header;
    const int columns = m_proxy->columnCount();
    for (int column = 0; column < columns; ++column) {
        if (!isColumnHidden(column))
            header << m_proxy->headerData(column, Qt::Horizontal).toString();
    }
    lines << header.join(QLatin1Char('\t'));
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    for (int row : rows) {
        QStringList cells;
        for (int column = 0; column < columns; ++column) {
            if (!isColumnHidden(column))
                cells << plainNumber(m_proxy->index(row, column).data().toString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TableView::copySelection() const
{
    if (!selectionModel()->hasSelection())
        return;
    QApplication::clipboard()->setText(selectionAsText());
}

} // namespace inventory
