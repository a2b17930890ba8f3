#include "stockactions.h"

#include "adjustdialog.h"
#include "asyncrunner.h"
#include "confirmation.h"
#include "edititemdialog.h"
#include "historymodel.h"
#include "historypane.h"
#include "newcountdialog.h"
#include "receivedialog.h"
#include "session.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace inventory {

StockActions::StockActions(Session *session, QWidget *window, DeskSettings *settings)
    : QObject(window), m_session(session), m_window(window), m_settings(settings)
{
    auto add = [this](Action which, const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(int(which), a);
        return a;
    };
    add(Action::Receive, tr("Re&ceive…"), QKeySequence(tr("Ctrl+Shift+R")), [this] { openReceiveDialog(); });
    add(Action::Adjust, tr("&Adjust…"), QKeySequence(tr("Ctrl+Shift+A")), [this] { openAdjustDialog(); });
    add(Action::EditItem, tr("Edit &Item…"), QKeySequence(tr("Ctrl+E")), [this] { openEditItemDialog(); });
    add(Action::Archive, tr("Arc&hive…"), QKeySequence(), &StockActions::archive);
    add(Action::Unarchive, tr("U&narchive…"), QKeySequence(), &StockActions::unarchive);
    add(Action::ItemHistory, tr("Item &History"), QKeySequence(tr("Ctrl+H")), [this] { openItemHistory(); });
    add(Action::NewCount, tr("New &Count…"), QKeySequence(), [this] { openNewCountDialog(); });
    add(Action::Undo, tr("&Undo"), QKeySequence::Undo, &StockActions::undo);
    action(Action::Receive)->setIcon(QIcon(QStringLiteral(":/icons/receive.svg")));
    action(Action::Adjust)->setIcon(QIcon(QStringLiteral(":/icons/adjust.svg")));
    action(Action::ItemHistory)->setIcon(QIcon(QStringLiteral(":/icons/history.svg")));
    action(Action::NewCount)->setIcon(QIcon(QStringLiteral(":/icons/count.svg")));
    m_undoExpiry.setSingleShot(true);
    // Long enough to notice a mistake; not so long that an old booking is undone by a stray Ctrl+Z.
    m_undoExpiry.setInterval(2 * 60 * 1000);
    connect(&m_undoExpiry, &QTimer::timeout, this, &StockActions::forgetUndo);
    connect(m_session, &Session::stateChanged, this, &StockActions::updateActions);
    updateActions();
}

QAction *StockActions::action(Action which) const
{
    return m_actions.value(int(which));
}

void StockActions::setItem(const Item &item)
{
    m_item = item;
    updateActions();
}

void StockActions::setCategories(const QList<Category> &categories, const QString &current)
{
    m_categories = categories;
    m_category = current;
    updateActions();
}

void StockActions::updateActions()
{
    const bool connected = m_session->isConnected();
    const bool staff = m_session->canReserve();
    const bool manager = m_session->canManage();
    const bool chosen = m_item.id != 0;
    const bool archived = m_item.isArchived();
    const QString user = m_session->info().user;
    const QString who = user.isEmpty() ? QString() : tr(" You are %1.").arg(user);
    const QString notConnected = tr("Not connected to the server.");
    const QString title = chosen ? itemTitle(m_item) : QString();

    struct Rule
    {
        Action action;
        bool allowed; ///< by role
        bool applies; ///< to the chosen item
        QString refused; ///< why the role may not
        QString notApplicable; ///< why not for this item
        QString tip; ///< what it does
    };
    const Rule rules[] = {
        { Action::Receive, staff, chosen && !archived,
          tr("Only staff and managers (inventory_staff, inventory_manager) can receive stock."),
          !chosen ? tr("Choose an item first.") : tr("%1 is archived: unarchive it to receive stock.").arg(title),
          tr("Book goods in for %1: a delivery or a customer return").arg(title) },
        { Action::Adjust, manager, chosen,
          tr("Only managers (inventory_manager) can adjust stock."), tr("Choose an item first."),
          tr("Correct the quantity of %1: damaged, lost, found").arg(title) },
        { Action::EditItem, manager, chosen, tr("Only managers (inventory_manager) can edit items."),
          tr("Choose an item first."), tr("Change the name, price, codes or reorder figures of %1").arg(title) },
        { Action::Archive, manager, chosen && !archived,
          tr("Only managers (inventory_manager) can archive items."),
          !chosen ? tr("Choose an item first.") : tr("%1 is archived already.").arg(title),
          tr("Hide %1 from browsing; it keeps its history").arg(title) },
        { Action::Unarchive, manager, chosen && archived,
          tr("Only managers (inventory_manager) can unarchive items."),
          !chosen ? tr("Choose an item first.") : tr("%1 is not archived.").arg(title),
          tr("Bring %1 back into browsing").arg(title) },
        { Action::ItemHistory, connected, chosen, QString(), tr("Choose an item first."),
          tr("Every movement of %1's stock, newest first").arg(title) },
        { Action::NewCount, manager, !m_categories.isEmpty(),
          tr("Only managers (inventory_manager) can open stock counts."), tr("There is no category to count."),
          tr("Open a stock count of a category") },
    };
    for (const Rule &rule : rules) {
        QAction *a = action(rule.action);
        a->setEnabled(connected && rule.allowed && rule.applies && !m_busy);
        a->setToolTip(!connected      ? notConnected
                          : !rule.allowed ? rule.refused + who
                          : !rule.applies ? rule.notApplicable
                                          : rule.tip);
    }
    QAction *undoAction = action(Action::Undo);
    undoAction->setEnabled(connected && canUndo() && !m_busy);
    undoAction->setText(canUndo() ? tr("&Undo %1").arg(m_undoWhat) : tr("&Undo"));
    undoAction->setToolTip(canUndo() ? tr("Book the opposite movement of: %1").arg(m_undoWhat)
                                     : tr("Nothing to undo: only the last receipt or adjustment can be undone."));
}

void StockActions::say(const QString &text, bool isError)
{
    m_lastMessage = text;
    emit message(text, isError);
}

ReceiveDialog *StockActions::openReceiveDialog()
{
    if (!action(Action::Receive)->isEnabled())
        return nullptr;
    auto *dialog = new ReceiveDialog(m_item, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReceiveDialog::received, this, [this](const StockMovement &movement, const Item &item) {
        const QLocale locale;
        const QString what = tr("receipt of %Ln unit(s) of %1", "", int(movement.change)).arg(itemTitle(item));
        offerUndo(movement, what);
        say(tr("Received %1 of %2: %3 on hand now. Undo with Ctrl+Z.")
                .arg(tr("%Ln unit(s)", "", int(movement.change)), itemTitle(item),
                     locale.toString(movement.resultingQuantity)));
        emit stockChanged();
    });
    dialog->open();
    return dialog;
}

AdjustDialog *StockActions::openAdjustDialog()
{
    if (!action(Action::Adjust)->isEnabled())
        return nullptr;
    auto *dialog = new AdjustDialog(m_item, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AdjustDialog::adjusted, this, [this](const StockMovement &movement, const Item &item) {
        const QString what = tr("adjustment of %1 by %2").arg(itemTitle(item), signedNumber(movement.change));
        offerUndo(movement, what);
        say(tr("Adjusted %1 by %2 (%3): %4 on hand now. Undo with Ctrl+Z.")
                .arg(itemTitle(item), signedNumber(movement.change), reasonLabel(movement.reason),
                     QLocale().toString(movement.resultingQuantity)));
        emit stockChanged();
    });
    dialog->open();
    return dialog;
}

EditItemDialog *StockActions::openEditItemDialog()
{
    if (!action(Action::EditItem)->isEnabled())
        return nullptr;
    QStringList names;
    for (const Category &c : m_categories)
        names << c.name;
    auto *dialog = new EditItemDialog(m_item, names, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditItemDialog::edited, this, [this](const Item &item) {
        if (item.id == m_item.id)
            m_item = item;
        say(tr("Item %1 saved.").arg(itemTitle(item)));
        emit itemChanged(item);
        emit stockChanged();
        updateActions();
    });
    dialog->open();
    return dialog;
}

NewCountDialog *StockActions::openNewCountDialog()
{
    if (!action(Action::NewCount)->isEnabled())
        return nullptr;
    auto *dialog = new NewCountDialog(m_categories, m_category, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewCountDialog::opened, this, [this](const StockCount &count) {
        say(tr("Count #%1 of %2 opened: %3 to count.")
                .arg(count.id)
                .arg(count.category, tr("%Ln item(s)", "", int(count.lines))));
        emit countOpened(count);
    });
    dialog->open();
    return dialog;
}

QDialog *StockActions::openItemHistory()
{
    if (m_item.id == 0)
        return nullptr;
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("itemHistoryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("History of %1").arg(itemTitle(m_item)));
    auto *pane = new HistoryPane(m_session, m_settings, dialog);
    pane->setFixedItem(m_item.id);
    connect(pane, &Pane::failed, this, &StockActions::failed);
    connect(this, &StockActions::stockChanged, pane, &HistoryPane::refresh);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(pane);
    layout->addWidget(buttons);
    dialog->resize(900, 480);
    pane->activate();
    dialog->show();
    return dialog;
}

void StockActions::archive()
{
    if (!action(Action::Archive)->isEnabled())
        return;
    askToConfirm(m_window, tr("Archive Item"),
                 tr("Archive %1?\n\nIt will be hidden from browsing and can no longer be reserved or "
                    "received; its %2 on hand and its history stay. Items with running reservations "
                    "cannot be archived until they end.")
                     .arg(itemTitle(m_item), QLocale().toString(m_item.quantity)),
                 tr("&Archive"), [this] { setArchived(true); });
}

void StockActions::unarchive()
{
    if (!action(Action::Unarchive)->isEnabled())
        return;
    askToConfirm(m_window, tr("Unarchive Item"),
                 tr("Unarchive %1? It will be shown in browsing again and can be reserved and received.")
                     .arg(itemTitle(m_item)),
                 tr("U&narchive"), [this] { setArchived(false); });
}

void StockActions::setArchived(bool archived)
{
    m_busy = true;
    updateActions();
    runAsync(
        this, [id = m_item.id, archived] { return archived ? archiveItem(id) : unarchiveItem(id); },
        [this, archived](const Result<Item> &result) {
            m_busy = false;
            if (!result) {
                say(result.error().message, true);
                emit failed(result.error());
                updateActions();
                return;
            }
            if (result->id == m_item.id)
                m_item = *result;
            say(archived ? tr("%1 archived.").arg(itemTitle(*result))
                         : tr("%1 is back in browsing.").arg(itemTitle(*result)));
            emit itemChanged(*result);
            emit stockChanged();
            updateActions();
        });
}

void StockActions::offerUndo(const StockMovement &movement, const QString &what)
{
    m_undoMovement = movement.id;
    m_undoWhat = what;
    m_undoExpiry.start();
    updateActions();
}

void StockActions::forgetUndo()
{
    m_undoMovement = 0;
    m_undoWhat.clear();
    m_undoExpiry.stop();
    updateActions();
}

void StockActions::undo()
{
    if (!canUndo() || m_busy)
        return;
    const qint64 movementId = m_undoMovement;
    const QString what = m_undoWhat;
    m_busy = true;
    updateActions();
    runAsync(
        this, [movementId] { return undoMovement(movementId); },
        [this, what](const Result<StockMovement> &result) {
            m_busy = false;
            if (!result) {
                // Refused (undone already, the units gone): nothing was booked; it stays offered
                // only if it might work later, which it will not.
                forgetUndo();
                say(tr("Could not undo the %1: %2").arg(what, result.error().message), true);
                emit failed(result.error());
                return;
            }
            forgetUndo();
            say(tr("Undone: the %1 (booked %2; %3 on hand now).")
                    .arg(what, signedNumber(result->change), QLocale().toString(result->resultingQuantity)));
            emit stockChanged();
        });
}

QToolButton *StockActions::createUndoButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("undoButton"));
    button->setDefaultAction(action(Action::Undo));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    button->setVisible(canUndo());
    QAction *undoAction = action(Action::Undo);
    connect(undoAction, &QAction::changed, button, [button, undoAction] { button->setVisible(undoAction->isEnabled()); });
    return button;
}

} // namespace inventory
