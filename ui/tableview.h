#pragma once

#include <QTableView>

class QSortFilterProxyModel;

namespace inventory {

/// The app's table: sortable through a proxy (also from the keyboard: Ctrl+Shift+S sorts by the
/// current cell's column, again the other way), whole-row selection, Ctrl+C copies the selected
/// rows (tab-separated, with a header line, numbers without thousands separators) for pasting
/// into a spreadsheet or a mail. The current cell is outlined clearly while the table has focus.
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
    /// Sorts by the current cell's column: ascending first, then the other way.
    void sortByCurrentColumn();

protected:
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QSortFilterProxyModel *m_proxy;
};

} // namespace inventory
