#pragma once

#include "error.h"
#include "stock.h"

#include <QAbstractTableModel>
#include <functional>

namespace inventory {

/// The lines of one stock count: what was expected when it was opened, what has been counted
/// (typed into the Counted column, or one per scan) and the difference.
class CountModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ItemColumn,
        SkuColumn,
        BarcodeColumn,
        ExpectedColumn,
        CountedColumn, ///< editable
        DifferenceColumn,
        ColumnCount
    };
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        SortRole,
        DifferenceRole,
    };

    explicit CountModel(QObject *parent = nullptr);

    /// Shows count `countId` (0: nothing) and loads its lines.
    void setCount(qint64 countId);
    qint64 countId() const { return m_countId; }
    /// Reads the lines again; with `onlyIfIdle`, not while a load or a scan is under way.
    void refresh(bool onlyIfIdle = false);
    /// Lets the Counted column be edited (staff and managers, while the count is open).
    void setEditable(bool editable) { m_editable = editable; }
    bool isLoading() const { return m_pending > 0; }

    /// The line whose barcode or SKU (case-insensitively) is `code`, or -1. Matched here, with
    /// no round trip: the count's lines carry both.
    int rowOfCode(const QString &code) const;
    int rowOf(qint64 itemId) const;
    const CountLine &line(int row) const { return m_lines.at(row); }
    const QList<CountLine> &lines() const { return m_lines; }
    int countedLines() const;
    /// Lines whose counted figure differs from the expected one.
    QList<CountLine> differences() const;

    /// Adds one to the counted figure of the line at `row` (a scan).
    void addOne(int row);
    /// Sets the counted figure of the line at `row`.
    void setCounted(int row, qint64 counted);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    /// A counted figure was stored on the server (after a scan or an edit).
    void lineUpdated(const inventory::CountLine &line);
    void failed(const inventory::Error &error);

private:
    void store(std::function<Result<CountLine>()> work);
    void apply(const QList<CountLine> &lines);

    qint64 m_countId = 0;
    QList<CountLine> m_lines;
    bool m_editable = false;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace inventory
