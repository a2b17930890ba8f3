#pragma once

#include <QTableView>

class QSortFilterProxyModel;

namespace inventory {

/// The app's table: sortable through a proxy, whole-row selection, Ctrl+C copies the selected
/// rows (tab-separated, with a header line) for pasting into a spreadsheet or a mail.
class TableView : public QTableView
{
    Q_OBJECT
public:
    /// Shows `source` through a sorting proxy owned by the view; `sortRole` gives numbers as numbers.
    TableView(QAbstractItemModel *source, int sortRole, QWidget *parent = nullptr);

    QSortFilterProxyModel *proxy() const { return m_proxy; }
    /// Source rows of the selection, in view order.
    QList<int> selectedSourceRows() const;
    /// The source row of the current index, or -1.
    int currentSourceRow() const;
    /// Makes source row `row` current and selected.
    void selectSourceRow(int row);

    /// The selected rows as text, tab-separated, with a header line.
    QString selectionAsText() const;
    void copySelection() const;

private:
    QSortFilterProxyModel *m_proxy;
};

} // namespace inventory
