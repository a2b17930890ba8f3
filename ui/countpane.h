#pragma once

#include "pane.h"
#include "stock.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace inventory {

class CountModel;
class TableView;

/// Stock counts: choose an open count, enter counted figures by typing them into the Counted
/// column or by scanning (a barcode or SKU and Enter adds one unit; focus stays in the scan
/// field), see the differences, and post them (managers) after a confirmation that lists them.
class CountPane : public Pane
{
    Q_OBJECT
public:
    CountPane(Session *session, DeskSettings *settings, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;
    /// Others count the same shelves: the figures are re-read while the tab is shown.
    void liveRefresh(int tick) override;
    void clear() override;
    void updateActions() override;

    /// The action that opens a new count (shown as a button here; it belongs to the window).
    void setNewCountAction(QAction *action);
    /// Reloads the list of open counts; then shows `countId` if given, else keeps the current one.
    void reloadCounts(qint64 countId = 0);
    void activate();
    qint64 currentCount() const;

    CountModel *model() const { return m_model; }
    TableView *view() const { return m_view; }
    QLineEdit *scanField() const { return m_scan; }
    QComboBox *countChooser() const { return m_counts; }
    QPushButton *postButton() const { return m_post; }
    QString messageText() const;
    QString summaryText() const;

    /// Handles one scanned code (what Enter in the scan field does).
    void scan(const QString &code);
    /// Asks to post the current count, listing what it books, then posts it.
    void post();

signals:
    void posted(const inventory::CountPosting &posting);

protected:
    void currentChanged() override;

private:
    void showCount(int index);
    void updateState();
    void say(const QString &text, bool isError);

    CountModel *m_model;
    QList<StockCount> m_open;
    QComboBox *m_counts;
    QToolButton *m_newCount;
    QLineEdit *m_scan;
    QLabel *m_message;
    QLabel *m_summary;
    TableView *m_view;
    QPushButton *m_post;
    quint64 m_generation = 0;
    bool m_active = false;
    bool m_posting = false;
};

} // namespace inventory
