#include "importpreviewmodel.h"

#include "localeformat.h"
#include "statuscolor.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QCoreApplication>
#include <QLocale>

namespace inventory {

namespace {

// A line break inside a quoted field, shown on one line in a table cell.
QString oneLine(const QString &text)
{
    QString shown = text;
    shown.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    shown.replace(QLatin1Char('\n'), QStringLiteral(" \u21b5 "));
    return shown;
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) { }

void ImportPreviewModel::setPlan(const ImportPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

void ImportPreviewModel::clear()
{
    setPlan({});
}

QString ImportPreviewModel::problemText(const ImportLine &line)
{
    if (!line.problem)
        return {};
    // The same translation the library used to put the line number in front.
    const QString prefix =
        QCoreApplication::translate("inventory", "Line %1: %2").arg(line.line).arg(QString());
    const QString &message = line.problem->message;
    return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.lines.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportLine &line = m_plan.lines.at(index.row());
    const NewItem &item = line.item;
    const bool invalid = line.problem.has_value();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return QLocale().toString(line.line);
        case NameColumn:
            return item.name;
        case DescriptionColumn:
            return oneLine(item.description);
        // An invalid line's numbers may not have been read at all: the problem says what is there.
        case QuantityColumn:
            return invalid ? QString() : QLocale().toString(item.quantity);
        case PriceColumn:
            return invalid ? QString() : localePrice(item.price);
        case CategoryColumn:
            return item.category;
        case ProblemColumn:
            return problemText(line);
        }
        return {};
    case Qt::ToolTipRole:
        if (invalid)
            return line.problem->message;
        if (index.column() == DescriptionColumn && !item.description.isEmpty())
            return item.description;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn || index.column() == QuantityColumn || index.column() == PriceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        // The problem column says what is wrong; the tint only groups the line's cells.
        if (invalid && !isHighContrast())
            return QGuiApplication::palette().color(QPalette::Base).lightness() < 128 ? QColor(0x50, 0x18, 0x18)
                                                                                    : QColor(0xfb, 0xe3, 0xe3);
        return {};
    case Qt::ForegroundRole:
        if (invalid)
            return statusColor(Status::Problem);
        return {};
    case HasProblemRole:
        return invalid;
    case SortRole:
        switch (index.column()) {
        case LineColumn:
            return line.line;
        case NameColumn:
            return item.name.toLower();
        case DescriptionColumn:
            return item.description.toLower();
        case QuantityColumn:
            return invalid ? QVariant() : QVariant(item.quantity);
        case PriceColumn:
            return invalid ? QVariant() : QVariant(item.price);
        case CategoryColumn:
            return item.category.toLower();
        case ProblemColumn:
            return problemText(line);
        }
        return {};
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case NameColumn:
        return tr("Name");
    case DescriptionColumn:
        return tr("Description");
    case QuantityColumn:
        return tr("Quantity");
    case PriceColumn:
        return tr("Price");
    case CategoryColumn:
        return tr("Category");
    case ProblemColumn:
        return tr("Problem");
    }
    return {};
}

} // namespace inventory
