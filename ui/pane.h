#pragma once

#include "error.h"

#include <QWidget>
#include <functional>

namespace inventory {

class DeskSettings;
class Session;

/// One tab of the main window (browse, reservations, …): it owns its models, filters and
/// actions; the window composes the panes and routes only what they share (refresh, the
/// session and its roles, the status bar). A new view is a new Pane subclass added with
/// MainWindow::addPane().
class Pane : public QWidget
{
    Q_OBJECT
public:
    Pane(Session *session, DeskSettings *settings, QWidget *parent = nullptr);

    /// The tab's title, with its mnemonic (unique in the window).
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    /// Reads again what the pane shows (Refresh, and after anything changed stock).
    virtual void refresh() = 0;
    /// The periodic live update; `tick` counts them. Only the current pane should re-read its
    /// table on every tick.
    virtual void liveRefresh(int tick) = 0;
    /// Forgets what came from the server, before connecting to another one.
    virtual void clear() = 0;
    /// Enables the pane's actions for the session's roles and the selection, and says why not.
    virtual void updateActions() = 0;
    virtual void restoreLayout() { }
    virtual void saveLayout() { }

    /// Whether this pane is the window's current tab (its actions apply only then).
    bool isCurrent() const { return m_current; }
    void setCurrent(bool current);

signals:
    /// A result or a refusal for the status bar.
    void message(const QString &text, bool isError);
    /// A model's failure; the window turns a lost connection into the session's state.
    void failed(const inventory::Error &error);
    /// Something this pane did changed stock: every pane should read again.
    void stockChanged();
    /// The pane wants to be the current tab (e.g. a category was chosen).
    void showRequested();
    /// What the window's shared actions depend on changed (the rows shown, the selection).
    void actionsChanged();

protected:
    virtual void currentChanged() { }
    Session *session() const { return m_session; }
    DeskSettings *settings() const { return m_settings; }
    /// " You are alice." for the reasons of disabled actions; empty when not known.
    QString whoSuffix() const;
    /// Asks `question` in a window-modal box; `onYes` runs if the user agrees.
    void ask(const QString &title, const QString &question, const QString &yesText,
             std::function<void()> onYes);
    static QIcon namedIcon(const char *name);

private:
    Session *m_session;
    DeskSettings *m_settings;
    bool m_current = false;
};

} // namespace inventory
