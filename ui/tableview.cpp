#include "tableview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <algorithm>

namespace inventory {

TableView::TableView(QAbstractItemModel *source, int sortRole, QWidget *parent)
    : QTableView(parent), m_proxy(new QSortFilterProxyModel(this))
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
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

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
                cells << m_proxy->index(row, column).data().toString();
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
