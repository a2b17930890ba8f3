#pragma once

#include "pane.h"

class QComboBox;
class QLabel;

namespace inventory {

class LowStockModel;
class TableView;

/// Items at or below their reorder point, most urgent first; Enter or a double click on one
/// opens it.
class LowStockPane : public Pane
{
    Q_OBJECT
public:
    LowStockPane(Session *session, DeskSettings *settings, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;
    void liveRefresh(int tick) override;
    void clear() override;
    void updateActions() override { }

    /// The categories offered by the filter (the current choice is kept when it still exists).
    void setCategories(const QStringList &categories);
    void activate();

    LowStockModel *model() const { return m_model; }
    TableView *view() const { return m_view; }
    QComboBox *categoryFilter() const { return m_category; }
    QString summaryText() const;

signals:
    void itemActivated(qint64 itemId);

protected:
    void currentChanged() override;

private:
    void applyFilter();
    void updateSummary();

    LowStockModel *m_model;
    QComboBox *m_category;
    QLabel *m_summary;
    TableView *m_view;
};

} // namespace inventory
