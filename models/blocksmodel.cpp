#include "blocksmodel.h"

#include "asyncrunner.h"
#include "localeformat.h"
#include "operations.h"
#include "statuscolor.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QThread>

namespace inventory {

QString blockStateName(BlockState state)
{
    switch (state) {
    case BlockState::Temporary:
        return QCoreApplication::translate("inventory::BlocksModel", "temporary");
    case BlockState::Permanent:
        return QCoreApplication::translate("inventory::BlocksModel", "permanent");
    case BlockState::Expired:
        return QCoreApplication::translate("inventory::BlocksModel", "expired");
    }
    return {};
}

BlocksModel::BlocksModel(QObject *parent) : QAbstractTableModel(parent)
{
    // Countdowns move every second; only the two columns that depend on the clock repaint.
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &BlocksModel::tick);
}

void BlocksModel::setFilter(const BlockFilter &filter)
{
    m_filter = filter;
    m_active = true;
    refresh();
}

void BlocksModel::clear()
{
    ++m_generation;
    m_active = false;
    beginResetModel();
    m_blocks.clear();
    endResetModel();
    m_countdown.stop();
}

void BlocksModel::refresh(bool onlyIfIdle)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!m_active || (onlyIfIdle && m_pending > 0))
        return;
    const quint64 generation = ++m_generation;
    ++m_pending;
    const BlockFilter filter = m_filter;
    runAsync(
        this, [filter] { return inventory::blocks(filter); },
        [this, generation](const Result<QList<Block>> &result) {
            --m_pending;
            if (generation != m_generation)
                return;
            if (!result) {
                emit failed(result.error());
                return;
            }
            apply(*result);
            emit loaded();
        });
}

void BlocksModel::apply(const QList<Block> &blocks)
{
    if (!blocks.isEmpty() && blocks.first().serverTime.isValid())
        m_clockOffsetMs = QDateTime::currentDateTimeUtc().msecsTo(blocks.first().serverTime);
    const bool sameRows = blocks.size() == m_blocks.size()
        && std::equal(blocks.begin(), blocks.end(), m_blocks.begin(),
                      [](const Block &a, const Block &b) { return a.id == b.id; });
    if (!sameRows) {
        beginResetModel();
        m_blocks = blocks;
        endResetModel();
    } else {
        for (int row = 0; row < blocks.size(); ++row) {
            const Block &now = blocks.at(row);
            const Block &before = m_blocks.at(row);
            const bool changed = now.isPermanent != before.isPermanent || now.expiresAt != before.expiresAt
                || now.quantity != before.quantity || now.reference != before.reference;
            m_blocks[row] = now; // serverTime always moves on
            if (changed)
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (m_blocks.isEmpty())
        m_countdown.stop();
    else if (!m_countdown.isActive())
        m_countdown.start();
}

void BlocksModel::tick()
{
    if (m_blocks.isEmpty())
        return;
    emit dataChanged(index(0, StateColumn), index(int(m_blocks.size()) - 1, ExpiresColumn));
}

int BlocksModel::rowOf(qint64 blockId) const
{
    for (int row = 0; row < m_blocks.size(); ++row) {
        if (m_blocks.at(row).id == blockId)
            return row;
    }
    return -1;
}

QDateTime BlocksModel::serverNow() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs);
}

BlockState BlocksModel::stateNow(const Block &block) const
{
    if (block.isPermanent)
        return BlockState::Permanent;
    return block.expiresAt <= serverNow() ? BlockState::Expired : BlockState::Temporary;
}

QString BlocksModel::countdownText(const Block &block) const
{
    if (block.isPermanent)
        return QStringLiteral("—");
    const qint64 seconds = serverNow().secsTo(block.expiresAt);
    if (seconds <= 0)
        return tr("expired");
    if (seconds < 60)
        return tr("in %Ln s", "", int(seconds));
    const qint64 minutes = (seconds + 59) / 60; // "in 1 min" until the last minute has gone
    if (minutes < 60)
        return tr("in %Ln min", "", int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        if (minutes % 60 == 0)
            return tr("in %Ln h", "", int(hours));
        return tr("in %1 h %2 min").arg(hours).arg(minutes % 60);
    }
    return tr("in %Ln day(s)", "", int(hours / 24));
}

int BlocksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_blocks.size());
}

int BlocksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BlocksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Block &block = m_blocks.at(index.row());
    const QLocale locale;
    const BlockState state = stateNow(block);
    const qint64 secondsLeft = block.isPermanent ? 0 : serverNow().secsTo(block.expiresAt);
    const bool warning = state == BlockState::Temporary && secondsLeft < warningSeconds();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return block.id;
        case ItemColumn:
            return tr("#%1 %2").arg(block.itemId).arg(block.itemName);
        case QuantityColumn:
            return locale.toString(block.quantity);
        case StateColumn:
            return blockStateName(state);
        case ExpiresColumn:
            return countdownText(block);
        case CreatedByColumn:
            return block.createdBy;
        case CreatedColumn:
            return tableMoment(block.createdAt);
        case ReferenceColumn:
            return block.reference;
        }
        return {};
    case Qt::ToolTipRole:
        // Narrow columns cut these; the whole text on hover.
        if (index.column() == ReferenceColumn && !block.reference.isEmpty())
            return block.reference;
        if (index.column() == ItemColumn)
            return tr("#%1 %2").arg(block.itemId).arg(block.itemName);
        if (index.column() == ExpiresColumn) {
            if (block.isPermanent)
                return block.confirmedAt.isValid()
                    ? tr("Permanent since %1")
                          .arg(locale.toString(block.confirmedAt.toLocalTime(), QLocale::LongFormat))
                    : tr("Permanent");
            return tr("Expires at %1")
                .arg(locale.toString(block.expiresAt.toLocalTime(), QLocale::LongFormat));
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ExpiresColumn || index.column() == StateColumn) {
            if (state == BlockState::Expired)
                return statusColor(Status::Problem);
            if (warning)
                return statusColor(Status::Warning);
        }
        return {};
    case StatusRole:
        // The colour's meaning as an icon too (TableView draws it); "expired" is also the word.
        if (index.column() == ExpiresColumn) {
            if (state == BlockState::Expired)
                return int(Status::Problem);
            if (warning)
                return int(Status::Warning);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == QuantityColumn || index.column() == ExpiresColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case BlockIdRole:
        return block.id;
    case ItemIdRole:
        return block.itemId;
    case StateRole:
        return int(state);
    case SecondsLeftRole:
        return block.isPermanent ? QVariant() : QVariant(secondsLeft);
    case IsWarningRole:
        return warning;
    case SortRole:
        switch (index.column()) {
        case IdColumn:
            return block.id;
        case ItemColumn:
            return block.itemName.toLower();
        case QuantityColumn:
            return block.quantity;
        case StateColumn:
            return int(state);
        // Permanent ones last: they never expire.
        case ExpiresColumn:
            return block.isPermanent ? std::numeric_limits<qint64>::max() : secondsLeft;
        case CreatedByColumn:
            return block.createdBy;
        case CreatedColumn:
            return block.createdAt;
        case ReferenceColumn:
            return block.reference;
        }
        return {};
    }
    return {};
}

QVariant BlocksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Reservation");
    case ItemColumn:
        return tr("Item");
    case QuantityColumn:
        return tr("Quantity");
    case StateColumn:
        return tr("State");
    case ExpiresColumn:
        return tr("Expires");
    case CreatedByColumn:
        return tr("By");
    case CreatedColumn:
        return tr("Created");
    case ReferenceColumn:
        return tr("Reference");
    }
    return {};
}

} // namespace inventory
