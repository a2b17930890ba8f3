#include "countmodel.h"

#include "asyncrunner.h"
#include "localeformat.h"
#include "statuscolor.h"

#include <QColor>
#include <QLocale>
#include <QThread>

namespace inventory {

CountModel::CountModel(QObject *parent) : QAbstractTableModel(parent) { }

void CountModel::setCount(qint64 countId)
{
    m_countId = countId;
    ++m_generation;
    beginResetModel();
    m_lines.clear();
    endResetModel();
    refresh();
}

void CountModel::refresh(bool onlyIfIdle)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_countId == 0 || (onlyIfIdle && m_pending > 0))
        return;
    const quint64 generation = ++m_generation;
    ++m_pending;
    runAsync(
        this, [countId = m_countId] { return inventory::countLines(countId); },
        [this, generation](const Result<QList<CountLine>> &result) {
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

void CountModel::apply(const QList<CountLine> &lines)
{
    const bool sameRows = lines.size() == m_lines.size()
        && std::equal(lines.begin(), lines.end(), m_lines.begin(),
                      [](const CountLine &a, const CountLine &b) { return a.itemId == b.itemId; });
    if (!sameRows) {
        beginResetModel();
        m_lines = lines;
        endResetModel();
        return;
    }
    // The same lines with others' figures: in place, so an edit or the selection is not lost.
    for (int row = 0; row < lines.size(); ++row) {
        const CountLine &now = lines.at(row);
        const CountLine &before = m_lines.at(row);
        const bool changed = now.counted != before.counted || now.expected != before.expected
            || now.itemName != before.itemName;
        m_lines[row] = now;
        if (changed)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int CountModel::rowOfCode(const QString &code) const
{
    const QString wanted = code.trimmed();
    if (wanted.isEmpty())
        return -1;
    for (int row = 0; row < m_lines.size(); ++row) {
        const CountLine &line = m_lines.at(row);
        if ((!line.barcode.isEmpty() && line.barcode == wanted)
            || (!line.sku.isEmpty() && line.sku.compare(wanted, Qt::CaseInsensitive) == 0))
            return row;
    }
    return -1;
}

int CountModel::rowOf(qint64 itemId) const
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).itemId == itemId)
            return row;
    }
    return -1;
}

int CountModel::countedLines() const
{
    return int(std::count_if(m_lines.begin(), m_lines.end(), [](const CountLine &l) { return l.counted.has_value(); }));
}

QList<CountLine> CountModel::differences() const
{
    QList<CountLine> result;
    for (const CountLine &line : m_lines) {
        if (line.counted && line.difference() != 0)
            result << line;
    }
    return result;
}

void CountModel::addOne(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    const qint64 countId = m_countId;
    const qint64 itemId = m_lines.at(row).itemId;
    store([countId, itemId] { return inventory::addCounted(countId, itemId, 1); });
}

void CountModel::setCounted(int row, qint64 counted)
{
    if (row < 0 || row >= m_lines.size())
        return;
    const qint64 countId = m_countId;
    const qint64 itemId = m_lines.at(row).itemId;
    store([countId, itemId, counted] { return inventory::setCounted(countId, itemId, counted); });
}

void CountModel::store(std::function<Result<CountLine>()> work)
{
    ++m_pending;
    // Scans are not dropped as stale: each one is a unit counted. Their answers are applied by
    // item, so a reload meanwhile does not put a figure on the wrong row.
    runAsync(this, std::move(work), [this, countId = m_countId](const Result<CountLine> &result) {
        --m_pending;
        if (!result) {
            emit failed(result.error());
            return;
        }
        if (countId != m_countId)
            return;
        const int at = rowOf(result->itemId);
        if (at >= 0) {
            CountLine line = *result;
            if (line.itemName.isEmpty())
                line.itemName = m_lines.at(at).itemName;
            m_lines[at] = line;
            emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
        }
        emit lineUpdated(*result);
    });
}

int CountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags CountModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_editable && index.isValid() && index.column() == CountedColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool CountModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != CountedColumn
        || !m_editable)
        return false;
    const QString text = value.toString().trimmed();
    bool ok = false;
    const qint64 counted = QLocale().toLongLong(text, &ok);
    const qint64 plain = ok ? counted : text.toLongLong(&ok);
    if (!ok || plain < 0) {
        // Refused, not clamped: the user is told what was wrong with what they typed.
        emit failed(Error::invalidInput(tr("counted quantity"),
                                        tr("'%1' is not a number of units (0 or more)").arg(text)));
        return false;
    }
    setCounted(index.row(), plain);
    return true;
}

QVariant CountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CountLine &line = m_lines.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case ItemColumn:
            return QStringLiteral("#%1 %2").arg(line.itemId).arg(line.itemName);
        case SkuColumn:
            return line.sku;
        case BarcodeColumn:
            return line.barcode;
        case ExpectedColumn:
            return locale.toString(line.expected);
        case CountedColumn:
            if (role == Qt::EditRole)
                return line.counted ? QString::number(*line.counted) : QString();
            return line.counted ? locale.toString(*line.counted) : QString();
        case DifferenceColumn:
            if (!line.counted)
                return QString();
            if (line.difference() == 0)
                return QStringLiteral("0");
            return (line.difference() > 0 ? QStringLiteral("+") : QStringLiteral("−"))
                + locale.toString(qAbs(line.difference()));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ExpectedColumn)
            return tr("On hand plus reserved when the count was opened");
        if (index.column() == CountedColumn && line.counted && !line.countedBy.isEmpty())
            return tr("Counted by %1 at %2").arg(line.countedBy, shortMoment(line.countedAt));
        if (index.column() == CountedColumn && m_editable)
            return tr("Type the figure, or scan one unit at a time");
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DifferenceColumn && line.counted && line.difference() != 0)
            return statusColor(line.difference() > 0 ? Status::Good : Status::Problem);
        if (index.column() == CountedColumn && !line.counted)
            return statusColor(Status::Muted);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= ExpectedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemIdRole:
        return line.itemId;
    case DifferenceRole:
        return line.counted ? QVariant(line.difference()) : QVariant();
    case SortRole:
        switch (index.column()) {
        case ItemColumn:
            return line.itemName.toLower();
        case SkuColumn:
            return line.sku.toLower();
        case BarcodeColumn:
            return line.barcode;
        case ExpectedColumn:
            return line.expected;
        case CountedColumn:
            return line.counted ? qint64(*line.counted) : qint64(-1);
        case DifferenceColumn:
            return line.difference();
        }
        return {};
    }
    return {};
}

QVariant CountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case SkuColumn:
        return tr("SKU");
    case BarcodeColumn:
        return tr("Barcode");
    case ExpectedColumn:
        return tr("Expected");
    case CountedColumn:
        return tr("Counted");
    case DifferenceColumn:
        return tr("Difference");
    }
    return {};
}

} // namespace inventory
