#pragma once

#include "error.h"
#include "stock.h"

#include <QAbstractTableModel>

namespace inventory {

/// The merged stock history (movements and reservation events), newest first, loaded a page at a
/// time as the view scrolls (fetchMore), each page continuing after the last row by keyset, so
/// millions of rows cost one index range per page.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ItemColumn,
        KindColumn,
        ReasonColumn,
        ChangeColumn,
        ResultingColumn,
        ActorColumn,
        ReferenceColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        KindRole, ///< the kind's code ("receipt", "created", …)
        ChangeRole, ///< the signed change as a number
    };

    explicit HistoryModel(QObject *parent = nullptr);

    /// Starts over with `filter` (its cursor and limit are the model's business).
    void setFilter(const HistoryFilter &filter);
    HistoryFilter filter() const { return m_filter; }
    /// Loads the first page again (after a change).
    void refresh();
    void clear();
    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }

    bool isActive() const { return m_active; }
    bool isLoading() const { return m_loading; }
    /// True once the last page has come in.
    bool isComplete() const { return m_atEnd; }
    const HistoryEntry &entry(int row) const { return m_entries.at(row); }
    const QList<HistoryEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loaded();
    void failed(const inventory::Error &error);

private:
    void load(bool fromStart);

    HistoryFilter m_filter;
    QList<HistoryEntry> m_entries;
    int m_pageSize = 200;
    bool m_active = false;
    bool m_loading = false;
    bool m_atEnd = false;
    quint64 m_generation = 0;
};

/// A history kind in words: "Receipt", "Reserved", …
QString historyKindLabel(const QString &kind);
/// A reason code in words ("Damaged"), the code itself when unknown, empty for none.
QString historyReasonLabel(const QString &code);
/// The history filter's kinds of stock movements and of reservation events.
QStringList movementKinds();
QStringList reservationKinds();

} // namespace inventory
