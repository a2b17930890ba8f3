#include "historymodel.h"

#include "asyncrunner.h"
#include "localeformat.h"
#include "statuscolor.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QThread>

namespace inventory {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("inventory::HistoryModel", text);
}
} // namespace

QString historyKindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels = {
        { QStringLiteral("opening"), QT_TRANSLATE_NOOP("inventory::HistoryModel", "Opening stock") },
        { QStringLiteral("receipt"), QT_TRANSLATE_NOOP("inventory::HistoryModel", "Receipt") },
        { QStringLiteral("adjustment"), QT_TRANSLATE_NOOP("inventory::HistoryModel", "Adjustment") },
        { QStringLiteral("count"), QT_TRANSLATE_NOOP("inventory::HistoryModel", "Count") },
        { QStringLiteral("created"), QT_TRANSLATE_NOOP("inventory::HistoryModel", "Reserved") },
        { QStringLiteral("confirmed"), QT_TRANSLATE_NOOP("inventory::HistoryModel", "Reservation confirmed") },
        { QStringLiteral("released"), QT_TRANSLATE_NOOP("inventory::HistoryModel", "Reservation released") },
        { QStringLiteral("extended"), QT_TRANSLATE_NOOP("inventory::HistoryModel", "Reservation extended") },
        { QStringLiteral("expired"), QT_TRANSLATE_NOOP("inventory::HistoryModel", "Reservation expired") },
    };
    const char *label = labels.value(kind);
    return label ? tr(label) : kind;
}

QString historyReasonLabel(const QString &code)
{
    if (code.isEmpty())
        return {};
    const auto reason = reasonFromCode(code);
    return reason ? reasonLabel(*reason) : code;
}

QStringList movementKinds()
{
    return { QStringLiteral("opening"), QStringLiteral("receipt"), QStringLiteral("adjustment"),
             QStringLiteral("count") };
}

QStringList reservationKinds()
{
    return { QStringLiteral("created"), QStringLiteral("confirmed"), QStringLiteral("released"),
             QStringLiteral("extended"), QStringLiteral("expired") };
}

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) { }

void HistoryModel::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    m_filter.after.reset();
    m_active = true;
    load(true);
}

void HistoryModel::refresh()
{
    if (m_active)
        load(true);
}

void HistoryModel::clear()
{
    ++m_generation;
    m_active = false;
    m_loading = false;
    m_atEnd = false;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void HistoryModel::load(bool fromStart)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const quint64 generation = ++m_generation;
    if (fromStart) {
        // The old rows belong to another question; the view starts at the top again.
        m_atEnd = false;
        if (!m_entries.isEmpty()) {
            beginResetModel();
            m_entries.clear();
            endResetModel();
        }
    }
    HistoryFilter filter = m_filter;
    filter.limit = m_pageSize;
    if (!fromStart && !m_entries.isEmpty()) {
        const HistoryEntry &last = m_entries.last();
        filter.after = HistoryCursor::after(last);
    }
    m_loading = true;
    runAsync(
        this, [filter] { return inventory::history(filter); },
        [this, generation, limit = filter.limit](const Result<QList<HistoryEntry>> &result) {
            if (generation != m_generation)
                return; // a newer question replaced this one
            if (!result) {
                m_loading = false;
                emit failed(result.error());
                return;
            }
            // Still "loading" while the rows go in: a view (or the model tester) that asks for
            // more from inside the insertion would otherwise ask again from the old last row.
            if (!result->isEmpty()) {
                const int first = int(m_entries.size());
                beginInsertRows({}, first, first + int(result->size()) - 1);
                m_entries += *result;
                endInsertRows();
            }
            m_atEnd = result->size() < limit;
            m_loading = false;
            emit loaded();
        });
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_active && !m_atEnd && !m_loading && !m_entries.isEmpty();
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(false);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return tableMomentWithSeconds(entry.at);
        case ItemColumn:
            return QStringLiteral("#%1 %2").arg(entry.itemId).arg(entry.itemName);
        case KindColumn:
            return historyKindLabel(entry.kind);
        case ReasonColumn:
            return historyReasonLabel(entry.reason);
        case ChangeColumn:
            if (entry.change == 0)
                return QStringLiteral("0");
            return (entry.change > 0 ? QStringLiteral("+") : QStringLiteral("−"))
                + locale.toString(qAbs(entry.change));
        case ResultingColumn:
            return entry.resultingQuantity ? locale.toString(*entry.resultingQuantity) : QString();
        case ActorColumn:
            return entry.actor;
        case ReferenceColumn:
            return entry.blockId != 0 && entry.reference.isEmpty() ? tr("reservation #%1").arg(entry.blockId)
                                                                   : entry.reference;
        case NoteColumn:
            return entry.note;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn && entry.at.isValid())
            return locale.toString(entry.at.toLocalTime(), QLocale::LongFormat);
        if (index.column() == NoteColumn && !entry.note.isEmpty())
            return entry.note;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn && entry.change != 0)
            return statusColor(entry.change > 0 ? Status::Good : Status::Problem);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ChangeColumn || index.column() == ResultingColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemIdRole:
        return entry.itemId;
    case KindRole:
        return entry.kind;
    case ChangeRole:
        return entry.change;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ItemColumn:
        return tr("Item");
    case KindColumn:
        return tr("What");
    case ReasonColumn:
        return tr("Reason");
    case ChangeColumn:
        return tr("Change");
    case ResultingColumn:
        return tr("On hand");
    case ActorColumn:
        return tr("By");
    case ReferenceColumn:
        return tr("Reference");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

} // namespace inventory
