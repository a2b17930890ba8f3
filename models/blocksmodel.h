#pragma once

#include "error.h"
#include "types.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace inventory {

/// Reservations (blocks) matching a filter, with a live countdown to each one's expiry. The
/// countdown runs on the server's clock: the offset between it and ours is taken from each answer.
class BlocksModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        ItemColumn,
        QuantityColumn,
        StateColumn,
        ExpiresColumn,
        CreatedByColumn,
        CreatedColumn,
        ReferenceColumn,
        ColumnCount
    };
    enum Role {
        BlockIdRole = Qt::UserRole + 1,
        ItemIdRole,
        SortRole,
        StateRole, ///< BlockState as int, on the server's clock now
        SecondsLeftRole, ///< until expiry (negative when expired); null for permanent blocks
        IsWarningRole, ///< a temporary block with less than warningSeconds() left
    };

    /// Under this many seconds left a countdown is shown in the warning colour.
    static constexpr int warningSeconds() { return 5 * 60; }

    explicit BlocksModel(QObject *parent = nullptr);

    void setFilter(const BlockFilter &filter);
    BlockFilter filter() const { return m_filter; }
    /// Loads again; with `onlyIfIdle`, does nothing while a load is under way.
    void refresh(bool onlyIfIdle = false);
    /// Forgets the rows and loads nothing (e.g. no item selected).
    void clear();
    bool isActive() const { return m_active; }
    bool isLoading() const { return m_pending > 0; }

    const Block &block(int row) const { return m_blocks.at(row); }
    const QList<Block> &blocks() const { return m_blocks; }
    int rowOf(qint64 blockId) const;

    /// The server's clock now, as estimated from the last answer.
    QDateTime serverNow() const;
    BlockState stateNow(const Block &block) const;
    /// "in 12 min", "in 45 s", "expired", "—" for permanent ones.
    QString countdownText(const Block &block) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void failed(const inventory::Error &error);

private:
    void apply(const QList<Block> &blocks);
    void tick();

    BlockFilter m_filter;
    bool m_active = false;
    QList<Block> m_blocks;
    qint64 m_clockOffsetMs = 0; ///< server minus local
    quint64 m_generation = 0;
    int m_pending = 0;
    QTimer m_countdown;
};

/// A state's name for people: "temporary", "permanent", "expired".
QString blockStateName(BlockState state);

} // namespace inventory
