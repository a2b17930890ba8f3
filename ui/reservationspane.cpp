#include "reservationspane.h"

#include "asyncrunner.h"
#include "blocksmodel.h"
#include "desksettings.h"
#include "duration.h"
#include "operations.h"
#include "plural.h"
#include "session.h"
#include "tableview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
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
        lines << plural(int(blocks.size() - shown), ReservationsPane::tr("… and 1 more"),
                        ReservationsPane::tr("… and %1 more"));
    return lines.join(QLatin1Char('\n'));
}

qint64 unitsOf(const QList<Block> &blocks)
{
    qint64 units = 0;
    for (const Block &b : blocks)
        units += b.quantity;
    return units;
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
    m_summary = new QLabel(this);
    m_view = new TableView(m_model, BlocksModel::SortRole, this);
    m_view->setObjectName(QStringLiteral("reservationsView"));
    m_view->horizontalHeader()->setSectionResizeMode(BlocksModel::ItemColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    // Narrow columns for short values, so the item's name gets the room.
    m_view->setColumnWidth(BlocksModel::IdColumn, 95);
    m_view->setColumnWidth(BlocksModel::QuantityColumn, 70);
    m_view->setColumnWidth(BlocksModel::StateColumn, 85);
    m_view->setColumnWidth(BlocksModel::CreatedByColumn, 90);
    m_view->setColumnWidth(BlocksModel::ExpiresColumn, 100);
    m_view->setColumnWidth(BlocksModel::CreatedColumn, 130);
    m_view->setColumnWidth(BlocksModel::ReferenceColumn, 140);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &ReservationsPane::applyFilter);
    connect(m_mineOnly, &QCheckBox::toggled, this, &ReservationsPane::applyFilter);
    connect(m_itemFilter, &QLineEdit::textChanged, this, &ReservationsPane::applyFilter);
    // Enter or a double click on a reservation goes to its item.
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const qint64 itemId = index.data(BlocksModel::ItemIdRole).toLongLong();
        if (itemId > 0)
            emit itemRequested(itemId);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReservationsPane::updateActions);
    connect(m_model, &BlocksModel::loaded, this, [this] {
        m_summary->setText(plural(m_model->rowCount(), tr("1 reservation"), tr("%1 reservations")));
        updateActions();
    });
    connect(m_model, &BlocksModel::failed, this, &Pane::failed);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show:"), this));
    filterRow->addWidget(m_stateFilter);
    filterRow->addWidget(m_mineOnly);
    filterRow->addWidget(new QLabel(tr("Item:"), this));
    filterRow->addWidget(m_itemFilter);
    filterRow->addStretch();
    filterRow->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_view);
}

QString ReservationsPane::title() const
{
    return tr("Reser&vations");
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
    if (!session()->isConnected())
        return;
    m_model->setFilter(filter);
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

QList<Block> ReservationsPane::selectedBlocks(bool includeExpired) const
{
    QList<Block> result;
    for (int row : m_view->selectedSourceRows()) {
        const Block &block = m_model->block(row);
        const BlockState state = m_model->stateNow(block);
        if (state == BlockState::Temporary || (includeExpired && state == BlockState::Expired))
            result << block;
    }
    return result;
}

void ReservationsPane::updateActions()
{
    const bool connected = session()->isConnected();
    const bool canManage = session()->canManage();
    const QList<Block> temporary = isCurrent() ? selectedBlocks(false) : QList<Block>();
    const QList<Block> releasable = isCurrent() ? selectedBlocks(true) : QList<Block>();
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

void ReservationsPane::confirmSelected()
{
    const QList<Block> blocks = selectedBlocks(false);
    if (blocks.isEmpty() || !session()->canManage())
        return;
    ask(tr("Confirm Reservations"),
        tr("Make %1 permanent? Their %2 stay out of stock for good and they no longer expire.\n\n%3")
            .arg(plural(int(blocks.size()), tr("1 reservation"), tr("%1 reservations")),
                 plural(int(unitsOf(blocks)), tr("1 unit"), tr("%1 units")), describeBlocks(blocks)),
        tr("&Confirm"), [this, ids = idsOf(blocks)] {
            runOnBlocks(
                ids,
                [](qint64 id) -> Result<QString> {
                    auto done = confirm(id);
                    if (!done)
                        return std::unexpected(done.error());
                    return QString();
                },
                plural(int(ids.size()), tr("1 reservation confirmed."), tr("%1 reservations confirmed.")));
        });
}

void ReservationsPane::releaseSelected()
{
    const QList<Block> blocks = selectedBlocks(true);
    if (blocks.isEmpty() || !session()->canManage())
        return;
    ask(tr("Release Reservations"),
        tr("Release %1? Their %2 go back to stock and the reservations are cancelled.\n\n%3")
            .arg(plural(int(blocks.size()), tr("1 reservation"), tr("%1 reservations")),
                 plural(int(unitsOf(blocks)), tr("1 unit"), tr("%1 units")), describeBlocks(blocks)),
        tr("&Release"), [this, ids = idsOf(blocks)] {
            runOnBlocks(
                ids,
                [](qint64 id) -> Result<QString> {
                    auto done = release(id);
                    if (!done)
                        return std::unexpected(done.error());
                    return QString();
                },
                plural(int(ids.size()), tr("1 reservation released."), tr("%1 reservations released.")));
        });
}

void ReservationsPane::extendSelected()
{
    const QList<Block> blocks = selectedBlocks(false);
    if (blocks.isEmpty() || !session()->canManage())
        return;
    auto *input = new QInputDialog(this);
    input->setObjectName(QStringLiteral("extendInput"));
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Extend Reservations"));
    input->setLabelText(tr("Extend %1 by (30m, 1h, 2h30m, 1d):")
                            .arg(plural(int(blocks.size()), tr("1 reservation"), tr("%1 reservations"))));
    input->setTextValue(QStringLiteral("1h"));
    connect(input, &QInputDialog::textValueSelected, this, [this, blocks](const QString &text) {
        const auto ttl = parseDuration(text.trimmed());
        if (!ttl || *ttl <= std::chrono::seconds(0)) {
            emit message(tr("'%1' is not a duration; write for example 30m, 1h or 2h30m.").arg(text), true);
            return;
        }
        const Ttl by = *ttl;
        ask(tr("Extend Reservations"),
            tr("Move the expiry of %1 %2 later?\n\n%3")
                .arg(plural(int(blocks.size()), tr("1 reservation"), tr("%1 reservations")),
                     formatDuration(by), describeBlocks(blocks)),
            tr("&Extend"), [this, ids = idsOf(blocks), by] {
                runOnBlocks(
                    ids,
                    [by](qint64 id) -> Result<QString> {
                        auto done = extend(id, by);
                        if (!done)
                            return std::unexpected(done.error());
                        return QString();
                    },
                    plural(int(ids.size()), tr("1 reservation extended."), tr("%1 reservations extended.")));
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
