#include "reservationspane.h"

#include "asyncrunner.h"
#include "blocksmodel.h"
#include "desksettings.h"
#include "duration.h"
#include "extenddialog.h"
#include "operations.h"
#include "session.h"
#include "tableview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpressionValidator>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace inventory {

namespace {

QString describeBlocks(const QList<Block> &blocks)
{
    QStringList lines;
    const int shown = qMin<int>(int(blocks.size()), 8);
    for (int i = 0; i < shown; ++i) {
        const Block &b = blocks.at(i);
        lines << ReservationsPane::tr("#%1: %2 × #%3 %4").arg(b.id).arg(b.quantity).arg(b.itemId).arg(b.itemName);
    }
    if (blocks.size() > shown)
        lines << ReservationsPane::tr("… and %Ln more", "", int(blocks.size() - shown));
    return lines.join(QLatin1Char('\n'));
}

QString unitsOf(const QList<Block> &blocks)
{
    qint64 units = 0;
    for (const Block &b : blocks)
        units += b.quantity;
    return ReservationsPane::tr("%Ln unit(s)", "", int(units));
}

QList<qint64> idsOf(const QList<Block> &blocks)
{
    QList<qint64> ids;
    for (const Block &b : blocks)
        ids << b.id;
    return ids;
}

} // namespace

ReservationsPane::ReservationsPane(Session *session, DeskSettings *settings, QWidget *parent)
    : Pane(session, settings, parent), m_model(new BlocksModel(this))
{
    setObjectName(QStringLiteral("reservationsPane"));
    auto add = [this](const char *iconName, const QString &text, const QKeySequence &shortcut,
                      void (ReservationsPane::*slot)()) {
        auto *a = new QAction(namedIcon(iconName), text, this);
        a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_confirm = add("confirm", tr("&Confirm"), QKeySequence(tr("Ctrl+Shift+C")),
                    &ReservationsPane::confirmSelected);
    m_release = add("release", tr("Re&lease"), QKeySequence(tr("Ctrl+Shift+L")),
                    &ReservationsPane::releaseSelected);
    m_extend = add("extend", tr("&Extend…"), QKeySequence(tr("Ctrl+Shift+E")), &ReservationsPane::extendSelected);
    m_confirm->setStatusTip(tr("Make the selected reservations permanent (order completed)"));
    m_release->setStatusTip(tr("Cancel the selected reservations and give their units back"));
    m_extend->setStatusTip(tr("Move the expiry of the selected reservations later"));

    m_stateFilter = new QComboBox(this);
    m_stateFilter->addItem(tr("All reservations"));
    m_stateFilter->addItem(tr("Temporary (running)"), int(BlockState::Temporary));
    m_stateFilter->addItem(tr("Permanent"), int(BlockState::Permanent));
    m_stateFilter->addItem(tr("Expired (awaiting cleanup)"), int(BlockState::Expired));
    m_mineOnly = new QCheckBox(tr("&Mine only"), this);
    m_itemFilter = new QLineEdit(this);
    m_itemFilter->setPlaceholderText(tr("Item id"));
    m_itemFilter->setClearButtonEnabled(true);
    m_itemFilter->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,18}")), m_itemFilter));
    m_itemFilter->setMaximumWidth(120);
    m_referenceFilter = new QLineEdit(this);
    m_referenceFilter->setObjectName(QStringLiteral("referenceFilter"));
    m_referenceFilter->setPlaceholderText(tr("Order number or note"));
    m_referenceFilter->setToolTip(tr("Reservations whose reference contains this text, in any case"));
    m_referenceFilter->setClearButtonEnabled(true);
    m_referenceFilter->setMaximumWidth(180);
    m_summary = new QLabel(this);
    m_view = new TableView(m_model, BlocksModel::SortRole, this);
    m_view->setObjectName(QStringLiteral("reservationsView"));
    m_view->setAccessibleName(tr("Reservations"));
    // The item takes the width the others leave; the short columns are as wide as their
    // contents, and the reference (often long) at most a quarter of the table, sized on each load.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column = 0; column < BlocksModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BlocksModel::ItemColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(BlocksModel::ReferenceColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(BlocksModel::ReferenceColumn, 120);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &ReservationsPane::applyFilter);
    connect(m_mineOnly, &QCheckBox::toggled, this, &ReservationsPane::applyFilter);
    connect(m_itemFilter, &QLineEdit::textChanged, this, &ReservationsPane::applyFilter);
    connect(m_referenceFilter, &QLineEdit::textChanged, this, &ReservationsPane::applyFilter);
    // Enter or a double click on a reservation goes to its item.
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const qint64 itemId = index.data(BlocksModel::ItemIdRole).toLongLong();
        if (itemId > 0)
            emit itemRequested(itemId);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReservationsPane::updateActions);
    connect(m_model, &BlocksModel::loaded, this, [this] {
        fitReferenceColumn();
        m_summary->setText(tr("%Ln reservation(s)", "", m_model->rowCount()));
        updateActions();
    });
    connect(m_model, &BlocksModel::failed, this, &Pane::failed);

    auto *filterRow = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("Sho&w:"), this);
    showLabel->setBuddy(m_stateFilter);
    filterRow->addWidget(showLabel);
    filterRow->addWidget(m_stateFilter);
    filterRow->addWidget(m_mineOnly);
    auto *itemLabel = new QLabel(tr("I&tem:"), this);
    itemLabel->setBuddy(m_itemFilter);
    filterRow->addWidget(itemLabel);
    filterRow->addWidget(m_itemFilter);
    auto *referenceLabel = new QLabel(tr("R&eference:"), this);
    referenceLabel->setBuddy(m_referenceFilter);
    filterRow->addWidget(referenceLabel);
    filterRow->addWidget(m_referenceFilter);
    filterRow->addStretch();
    filterRow->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_view);
}

void ReservationsPane::fitReferenceColumn()
{
    // What the short columns leave goes to the item first, as much as its names want; the
    // reference gets the rest, down to a narrow minimum (its full text is in the tooltip).
    auto *view = static_cast<QAbstractItemView *>(m_view);
    int rest = m_view->viewport()->width();
    for (int column = 0; column < BlocksModel::ColumnCount; ++column) {
        if (column != BlocksModel::ItemColumn && column != BlocksModel::ReferenceColumn && !m_view->isColumnHidden(column))
            rest -= m_view->columnWidth(column);
    }
    const int itemWants = view->sizeHintForColumn(BlocksModel::ItemColumn);
    const int referenceWants = qMax(view->sizeHintForColumn(BlocksModel::ReferenceColumn),
                                    m_view->horizontalHeader()->sectionSizeHint(BlocksModel::ReferenceColumn));
    m_view->setColumnWidth(BlocksModel::ReferenceColumn, qBound(80, rest - itemWants, qMax(80, referenceWants)));
}

void ReservationsPane::resizeEvent(QResizeEvent *event)
{
    Pane::resizeEvent(event);
    fitReferenceColumn();
}

QString ReservationsPane::title() const
{
    return tr("Reservatio&ns");
}

QIcon ReservationsPane::icon() const
{
    return namedIcon("reservations");
}

void ReservationsPane::currentChanged()
{
    if (isCurrent() && !m_model->isActive())
        applyFilter();
}

void ReservationsPane::refresh()
{
    if (m_model->isActive() || isCurrent())
        applyFilter();
}

void ReservationsPane::liveRefresh(int)
{
    if (isCurrent())
        m_model->refresh(true);
}

void ReservationsPane::clear()
{
    m_model->clear();
}

void ReservationsPane::restoreLayout()
{
    const QByteArray state = settings()->headerState(m_view->objectName());
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

void ReservationsPane::saveLayout()
{
    settings()->setHeaderState(m_view->objectName(), m_view->horizontalHeader()->saveState());
}

void ReservationsPane::setFilter(std::optional<BlockState> state, bool mineOnly)
{
    const QSignalBlocker a(m_stateFilter);
    const QSignalBlocker b(m_mineOnly);
    m_stateFilter->setCurrentIndex(state ? m_stateFilter->findData(int(*state)) : 0);
    m_mineOnly->setChecked(mineOnly);
    applyFilter();
}

void ReservationsPane::applyFilter()
{
    BlockFilter filter;
    const QVariant state = m_stateFilter->currentData();
    if (state.isValid())
        filter.state = BlockState(state.toInt());
    filter.mineOnly = m_mineOnly->isChecked();
    // The newest 500: more than anyone scrolls through, and each live refresh reads them all
    // (the filters narrow it down to what matters).
    filter.limit = 500;
    bool ok = false;
    const qint64 itemId = m_itemFilter->text().toLongLong(&ok);
    if (ok && itemId > 0)
        filter.itemId = itemId;
    filter.reference = m_referenceFilter->text().trimmed();
    if (!session()->isConnected())
        return;
    m_model->setFilter(filter);
}

void ReservationsPane::showExpiring(const QDateTime &from, const QDateTime &until)
{
    {
        const QSignalBlocker item(m_itemFilter), reference(m_referenceFilter);
        m_itemFilter->clear();
        m_referenceFilter->clear();
    }
    m_view->sortByColumn(BlocksModel::ExpiresColumn, Qt::AscendingOrder);
    setFilter(BlockState::Temporary);
    // Once this filter's rows are in (a single shot, whichever load answers first after it).
    auto *once = new QObject(this);
    connect(m_model, &BlocksModel::loaded, once, [this, once, from, until] {
        once->deleteLater();
        QList<qint64> ids;
        for (const Block &block : m_model->blocks()) {
            if (block.expiresAt >= from && block.expiresAt < until)
                ids << block.id;
        }
        selectReservations(ids);
        if (!ids.isEmpty())
            m_view->scrollTo(m_view->proxy()->mapFromSource(m_model->index(m_model->rowOf(ids.first()), 0)));
    });
}

void ReservationsPane::selectReservations(const QList<qint64> &ids)
{
    auto *selection = m_view->selectionModel();
    selection->clearSelection();
    auto *proxy = m_view->proxy();
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = proxy->mapFromSource(m_model->index(row, 0));
        selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
}

ReservationsPane::Selection ReservationsPane::selection(bool includeExpired) const
{
    Selection result;
    for (int row : m_view->selectedSourceRows()) {
        const Block &block = m_model->block(row);
        ++result.selected;
        switch (m_model->stateNow(block)) {
        case BlockState::Temporary:
            result.targets << block;
            break;
        case BlockState::Expired:
            if (includeExpired)
                result.targets << block;
            else
                result.leftOut << tr("#%1 has expired").arg(block.id);
            break;
        case BlockState::Permanent:
            result.leftOut << tr("#%1 is permanent").arg(block.id);
            break;
        }
    }
    return result;
}

QString ReservationsPane::leftOutText(const Selection &selection)
{
    if (selection.leftOut.isEmpty())
        return {};
    QStringList reasons = selection.leftOut.mid(0, 8);
    if (selection.leftOut.size() > reasons.size())
        reasons << tr("…");
    return tr("%Ln of the %1 selected is/are left out: %2.", "", int(selection.leftOut.size()))
        .arg(selection.selected)
        .arg(reasons.join(QStringLiteral(", ")));
}

void ReservationsPane::updateActions()
{
    const bool connected = session()->isConnected();
    const bool canManage = session()->canManage();
    const QList<Block> temporary = isCurrent() ? selection(false).targets : QList<Block>();
    const QList<Block> releasable = isCurrent() ? selection(true).targets : QList<Block>();
    struct Managed
    {
        QAction *action;
        bool hasTargets;
        QString allowed;
        QString refused;
    };
    const Managed managed[] = {
        { m_confirm, !temporary.isEmpty(), tr("Make the selected reservations permanent (order completed)"),
          tr("Only managers (inventory_manager) can confirm reservations.") },
        { m_release, !releasable.isEmpty(), tr("Cancel the selected reservations; their units go back to stock"),
          tr("Only managers (inventory_manager) can release reservations.") },
        { m_extend, !temporary.isEmpty(), tr("Move the expiry of the selected reservations later"),
          tr("Only managers (inventory_manager) can extend reservations.") },
    };
    for (const Managed &m : managed) {
        m.action->setEnabled(canManage && m.hasTargets && !m_busy);
        if (!connected)
            m.action->setToolTip(tr("Not connected to the server."));
        else if (!canManage)
            m.action->setToolTip(m.refused + whoSuffix());
        else if (!m.hasTargets)
            m.action->setToolTip(m.allowed
                                 + tr(" — select temporary reservations on the Reservations tab first."));
        else
            m.action->setToolTip(m.allowed);
    }
}

namespace {

/// The question, what was left out of the selection (if anything), and the reservations.
QString question(const QString &first, const QString &leftOut, const QList<Block> &blocks)
{
    QStringList parts { first };
    if (!leftOut.isEmpty())
        parts << leftOut;
    parts << describeBlocks(blocks);
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace

void ReservationsPane::confirmSelected()
{
    const Selection chosen = selection(false);
    const QList<Block> &blocks = chosen.targets;
    if (blocks.isEmpty() || !session()->canManage())
        return;
    ask(tr("Confirm Reservations"),
        question(tr("Make %Ln reservation(s) permanent? It/They keeps/keep %1 out of stock for good and no "
                    "longer expires/expire.",
                    "", int(blocks.size()))
                     .arg(unitsOf(blocks)),
                 leftOutText(chosen), blocks),
        tr("&Confirm"), [this, ids = idsOf(blocks)] {
            runOnBlocks(
                ids,
                [](qint64 id) -> Result<QString> {
                    auto done = confirm(id);
                    if (!done)
                        return std::unexpected(done.error());
                    return QString();
                },
                tr("%Ln reservation(s) confirmed.", "", int(ids.size())));
        });
}

void ReservationsPane::releaseSelected()
{
    const Selection chosen = selection(true);
    const QList<Block> &blocks = chosen.targets;
    if (blocks.isEmpty() || !session()->canManage())
        return;
    ask(tr("Release Reservations"),
        question(tr("Release %Ln reservation(s)? It/They gives/give %1 back to stock and is/are cancelled.", "",
                    int(blocks.size()))
                     .arg(unitsOf(blocks)),
                 leftOutText(chosen), blocks),
        tr("&Release"), [this, ids = idsOf(blocks)] {
            runOnBlocks(
                ids,
                [](qint64 id) -> Result<QString> {
                    auto done = release(id);
                    if (!done)
                        return std::unexpected(done.error());
                    return QString();
                },
                tr("%Ln reservation(s) released.", "", int(ids.size())));
        });
}

void ReservationsPane::extendSelected()
{
    const Selection chosen = selection(false);
    const QList<Block> blocks = chosen.targets;
    if (blocks.isEmpty() || !session()->canManage())
        return;
    QString prompt = tr("Extend %Ln reservation(s) by (30m, 1h, 2h30m, 1d):", "", int(blocks.size()));
    if (const QString leftOut = leftOutText(chosen); !leftOut.isEmpty())
        prompt = leftOut + QLatin1Char('\n') + prompt;
    auto *input = new ExtendDialog(prompt, this);
    input->setAttribute(Qt::WA_DeleteOnClose);
    connect(input, &ExtendDialog::durationChosen, this, [this, blocks](Ttl by) {
        ask(tr("Extend Reservations"),
            question(tr("Move the expiry of %Ln reservation(s) %1 later?", "", int(blocks.size()))
                         .arg(formatDuration(by)),
                     QString(), blocks),
            tr("&Extend"), [this, ids = idsOf(blocks), by] {
                runOnBlocks(
                    ids,
                    [by](qint64 id) -> Result<QString> {
                        auto done = extend(id, by);
                        if (!done)
                            return std::unexpected(done.error());
                        return QString();
                    },
                    tr("%Ln reservation(s) extended.", "", int(ids.size())));
            });
    });
    input->open();
}

void ReservationsPane::runOnBlocks(const QList<qint64> &ids, std::function<Result<QString>(qint64)> operation,
                                   const QString &doneText)
{
    m_busy = true;
    updateActions();
    // Each block is its own round trip and its own decision on the server: one refused block
    // (expired meanwhile, say) does not undo the others.
    runAsync(
        this,
        [ids, operation] {
            QStringList refusals;
            int succeeded = 0;
            bool connectionLost = false;
            for (qint64 id : ids) {
                auto outcome = operation(id);
                if (outcome) {
                    ++succeeded;
                } else {
                    refusals << outcome.error().message;
                    if (outcome.error().isRetryable()) {
                        connectionLost = true;
                        break; // the rest would fail the same way
                    }
                }
            }
            return std::tuple<int, QStringList, bool>(succeeded, refusals, connectionLost);
        },
        [this, ids, doneText](const std::tuple<int, QStringList, bool> &outcome) {
            m_busy = false;
            const auto &[succeeded, refusals, connectionLost] = outcome;
            QString text;
            if (refusals.isEmpty()) {
                text = doneText;
                emit message(text, false);
            } else {
                text = tr("%1 of %2 done. %3").arg(succeeded).arg(ids.size()).arg(refusals.join(QLatin1Char(' ')));
                emit message(text, true);
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Not Everything Was Done"), text,
                                            QMessageBox::Ok, this);
                box->setObjectName(QStringLiteral("refusalBox"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            if (connectionLost)
                session()->reportError(Error::connection(session()->serverDescription(), refusals.last()));
            updateActions();
            emit stockChanged();
            emit operationFinished(text);
        });
}

} // namespace inventory
