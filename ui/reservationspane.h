#pragma once

#include "pane.h"
#include "types.h"

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace inventory {

class BlocksModel;
class TableView;

/// The Reservations tab: every reservation, filtered by state, owner, item and reference (an
/// order number), and the manager actions on the selected ones (confirm, release, extend).
class ReservationsPane : public Pane
{
    Q_OBJECT
public:
    ReservationsPane(Session *session, DeskSettings *settings, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;
    void liveRefresh(int tick) override;
    void clear() override;
    void updateActions() override;
    void restoreLayout() override;
    void saveLayout() override;

    QAction *confirmAction() const { return m_confirm; }
    QAction *releaseAction() const { return m_release; }
    QAction *extendAction() const { return m_extend; }
    BlocksModel *model() const { return m_model; }
    TableView *view() const { return m_view; }
    /// True while a confirm/release/extend is under way.
    bool isBusy() const { return m_busy; }

    void setFilter(std::optional<BlockState> state, bool mineOnly = false);
    /// Selects the reservations with these ids.
    void selectReservations(const QList<qint64> &ids);
    /// The running reservations, soonest expiry first, with those expiring in [from, until)
    /// selected once they are in (the dashboard's expiring hours lead here).
    void showExpiring(const QDateTime &from, const QDateTime &until);

signals:
    /// The user asked for the item of a reservation (Enter, double click).
    void itemRequested(qint64 itemId);
    /// A confirm/release/extend has finished; `message` is what the user was told.
    void operationFinished(const QString &message);

protected:
    void currentChanged() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyFilter();
    /// The reference column as wide as its contents, up to a quarter of the table: the item first.
    void fitReferenceColumn();
    /// The selected reservations an action applies to, and those it leaves out with why.
    struct Selection
    {
        QList<Block> targets;
        QStringList leftOut; ///< "#12 is permanent", "#13 has expired"
        int selected = 0;
    };
    /// The selected reservations that are still temporary (or expired too, for release).
    Selection selection(bool includeExpired) const;
    /// "2 of the 5 selected are left out: #12 is permanent, #13 has expired."; empty if none.
    static QString leftOutText(const Selection &selection);
    void confirmSelected();
    void releaseSelected();
    void extendSelected();
    /// Runs `operation` on each block off the GUI thread, then reports the outcome.
    void runOnBlocks(const QList<qint64> &ids, std::function<Result<QString>(qint64)> operation,
                     const QString &doneText);

    BlocksModel *m_model;
    QComboBox *m_stateFilter = nullptr;
    QCheckBox *m_mineOnly = nullptr;
    QLineEdit *m_itemFilter = nullptr;
    QLineEdit *m_referenceFilter = nullptr;
    QLabel *m_summary = nullptr;
    TableView *m_view = nullptr;
    QAction *m_confirm = nullptr;
    QAction *m_release = nullptr;
    QAction *m_extend = nullptr;
    bool m_busy = false;
};

} // namespace inventory
