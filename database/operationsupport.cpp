#include "operationsupport.h"

#include "money.h"
#include "readrouting.h"

#include <QCoreApplication>

namespace inventory::detail {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("inventory", text, disambiguation, n);
}

namespace {
// tr()'s context for the functions below: lupdate would file a bare tr() here under
// "inventory::detail".
struct OperationText
{
    Q_DECLARE_TR_FUNCTIONS(inventory)
};
} // namespace

QDateTime utc(const QVariant &value)
{
    QDateTime moment = value.toDateTime();
    return moment.isValid() ? moment.toUTC() : QDateTime();
}

QDateTime fromEpochMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

Item readItem(const QSqlQuery &q, int first)
{
    Item item;
    item.id = q.value(first + 0).toLongLong();
    item.name = q.value(first + 1).toString();
    item.description = q.value(first + 2).toString();
    item.quantity = q.value(first + 3).toInt();
    item.price = parsePrice(q.value(first + 4).toString()).value_or(0);
    item.category = q.value(first + 5).toString();
    item.createdAt = fromEpochMs(q.value(first + 6));
    item.updatedAt = fromEpochMs(q.value(first + 7));
    item.sku = q.value(first + 8).toString();
    item.barcode = q.value(first + 9).toString();
    if (!q.value(first + 10).isNull())
        item.reorderPoint = q.value(first + 10).toInt();
    if (!q.value(first + 11).isNull())
        item.reorderQuantity = q.value(first + 11).toInt();
    item.archivedAt = fromEpochMs(q.value(first + 12));
    item.reserved = q.value(first + 13).toLongLong();
    item.expiredHeld = q.value(first + 14).toLongLong();
    return item;
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? nullText() : QVariant(value);
}

QVariant intOrNull(const std::optional<qint64> &value)
{
    return value ? QVariant(int(*value)) : QVariant(QMetaType::fromType<int>());
}

namespace {

Error withPermission(Error error, const QString &action, const QString &role)
{
    if (error.kind == Error::Kind::PermissionDenied) {
        const QString sqlState = error.sqlState;
        error = Error::permissionDenied(action, role);
        error.sqlState = sqlState;
    }
    return error;
}

} // namespace

Result<QSqlQuery *> run(const QString &sql, const QVariantList &values, Retry retry,
                        const QString &action, const QString &role)
{
    // Reads go to the read connection (a standby when configured), writes to the primary.
    auto query = retry == Retry::Safe ? executeRead(sql, values) : executeWrite(sql, values);
    if (!query)
        return std::unexpected(withPermission(query.error(), action, role));
    return query;
}

Error archivedItem(qint64 itemId, const QString &itemName, const QString &what)
{
    return Error::conflict(
        itemId, OperationText::tr("Item #%1 '%2' is archived and cannot be %3; unarchive it first.")
                    .arg(itemId)
                    .arg(itemName, what));
}

Error unexpectedOutcome(const QString &operation, const QString &outcome)
{
    return Error::server(
        OperationText::tr("The server answered '%1' to %2, which this version does not understand.")
            .arg(outcome, operation));
}

} // namespace inventory::detail
