#pragma once

#include "itemtransfer.h"

#include <QAbstractTableModel>

namespace inventory {

/// The lines of a planned CSV import, as a table: what each line would create and, for an
/// invalid line, why it cannot be imported. Holds the plan as it came from planImport() (an
/// implicitly shared list), so 100,000 lines cost no copy and no widget per cell.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LineColumn,
        NameColumn,
        DescriptionColumn,
        QuantityColumn,
        PriceColumn,
        CategoryColumn,
        ProblemColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< numbers as numbers, for QSortFilterProxyModel::setSortRole
        HasProblemRole, ///< bool: the line cannot be imported
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPlan(const ImportPlan &plan);
    void clear();
    const ImportPlan &plan() const { return m_plan; }
    const ImportLine &line(int row) const { return m_plan.lines.at(row); }

    /// The problem without the "Line 12: " the library puts in front (the line has its column).
    static QString problemText(const ImportLine &line);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ImportPlan m_plan;
};

} // namespace inventory
