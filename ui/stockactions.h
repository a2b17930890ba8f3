#pragma once

#include "error.h"
#include "stock.h"
#include "types.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class QAction;
class QDialog;
class QToolButton;
class QWidget;

namespace inventory {

class AdjustDialog;
class DeskSettings;
class EditItemDialog;
class NewCountDialog;
class ReceiveDialog;
class Session;

/// The stock actions on the chosen item (Receive…, Adjust…, Edit Item…, Archive, Unarchive,
/// its History) and New Count…, enabled by role (staff receive; managers also adjust, edit,
/// archive and open counts) with a tooltip saying why not; and Undo of the last receipt or
/// adjustment, as a compensating movement. The window puts the actions in its menus and tool
/// bar and tells this which item is chosen.
class StockActions : public QObject
{
    Q_OBJECT
public:
    enum class Action { Receive, Adjust, EditItem, Archive, Unarchive, ItemHistory, NewCount, Undo };

    StockActions(Session *session, QWidget *window, DeskSettings *settings = nullptr);

    QAction *action(Action action) const;
    void setItem(const Item &item);
    const Item &item() const { return m_item; }
    /// The categories for the edit dialog and for new counts; `current` is the one chosen.
    void setCategories(const QList<Category> &categories, const QString &current);

    ReceiveDialog *openReceiveDialog();
    AdjustDialog *openAdjustDialog();
    EditItemDialog *openEditItemDialog();
    NewCountDialog *openNewCountDialog();
    /// The chosen item's history in a window of its own.
    QDialog *openItemHistory();
    /// Ask, then archive / unarchive the chosen item.
    void archive();
    void unarchive();
    /// Books the opposite of the last receipt or adjustment made here.
    void undo();
    bool canUndo() const { return m_undoMovement != 0; }
    /// A button for the status bar that shows the Undo action while there is something to undo.
    QToolButton *createUndoButton(QWidget *parent);

    void updateActions();
    QString lastMessage() const { return m_lastMessage; }

signals:
    /// What the user should read in the status bar.
    void message(const QString &text, bool isError);
    /// Stock or an item changed: the views should read again.
    void stockChanged();
    void itemChanged(const inventory::Item &item);
    void countOpened(const inventory::StockCount &count);
    void failed(const inventory::Error &error);

private:
    void offerUndo(const StockMovement &movement, const QString &what);
    void forgetUndo();
    void say(const QString &text, bool isError = false);
    void setArchived(bool archived);

    Session *m_session;
    QWidget *m_window;
    DeskSettings *m_settings;
    Item m_item;
    QList<Category> m_categories;
    QString m_category;
    QHash<int, QAction *> m_actions;
    qint64 m_undoMovement = 0;
    QString m_undoWhat;
    QTimer m_undoExpiry;
    QString m_lastMessage;
    bool m_busy = false;
};

} // namespace inventory
