#pragma once

#include "pane.h"
#include "stock.h"

#include <QTimer>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace inventory {

class HistoryModel;

/// The stock history, newest first, loading more as it is scrolled: filters by kind, reason,
/// actor, item and time range, and an export of everything the filters match to CSV. The
/// History tab shows all items; an item's history fixes the item filter.
class HistoryPane : public Pane
{
    Q_OBJECT
public:
    HistoryPane(Session *session, DeskSettings *settings, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    /// Reads the newest entries again (from the top).
    void refresh() override;
    /// Nothing: re-reading would move the rows under the reader; refresh() follows changes.
    void liveRefresh(int tick) override;
    void clear() override;
    void updateActions() override;

    /// Shows only item `itemId`, with no item filter to change.
    void setFixedItem(qint64 itemId);
    /// Loads with the current filters unless already loaded.
    void activate();
    /// Sets the filters to show what `filter` matches (kinds as one of the kind choices, reason,
    /// actor, item, time range) and loads; for the views that lead here (the dashboard).
    void showFilter(const HistoryFilter &filter);
    HistoryFilter currentFilter() const;

    HistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *reasonFilter() const { return m_reason; }
    QLineEdit *actorFilter() const { return m_actor; }
    QLineEdit *itemFilter() const { return m_item; }
    QString summaryText() const;

    /// Writes every entry the filters match, newest first, to `path` (off the GUI thread).
    void exportTo(const QString &path);

signals:
    void exported(qint64 rows, const QString &path);

protected:
    void currentChanged() override;

private:
    void applyFilters();
    void chooseExportFile();
    void updateSummary();

    HistoryModel *m_model;
    QComboBox *m_kind;
    QComboBox *m_reason;
    QLineEdit *m_actor;
    QLineEdit *m_item;
    QLabel *m_itemLabel;
    QCheckBox *m_sinceOn;
    QDateTimeEdit *m_since;
    QCheckBox *m_untilOn;
    QDateTimeEdit *m_until;
    QPushButton *m_export;
    QLabel *m_summary;
    QTableView *m_view;
    QTimer m_debounce;
    std::optional<qint64> m_fixedItem;
    bool m_exporting = false;
};

/// Writes the entries matching `filter` (all pages) to `path` as CSV; returns how many.
Result<qint64> exportHistory(HistoryFilter filter, const QString &path);

} // namespace inventory
