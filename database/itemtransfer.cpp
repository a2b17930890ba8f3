#include "itemtransfer.h"

#include "connection.h"
#include "csv.h"
#include "money.h"
#include "sqlarray.h"
#include "validation.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

namespace inventory {

namespace {

// "inventory": the context lupdate files these strings under (free functions of the namespace).
QString tr(const char *text)
{
    return QCoreApplication::translate("inventory", text);
}

const QStringList knownColumns { QStringLiteral("id"),          QStringLiteral("name"),
                                 QStringLiteral("description"), QStringLiteral("quantity"),
                                 QStringLiteral("price"),       QStringLiteral("category") };

// The SQL below is laid out as SQL, not as C++.
// clang-format off
const QString importSql = QStringLiteral(
    "SELECT inventory.import_items($1::text[], $2::text[], $3::integer[], $4::numeric[], $5::text[])");
const QString exportAllSql = QStringLiteral(
    "SELECT id, name, description, quantity, price::text, category FROM public.items ORDER BY id");
const QString exportCategorySql = QStringLiteral(
    "SELECT id, name, description, quantity, price::text, category FROM public.items "
    "WHERE category = $1 ORDER BY quantity DESC, id");
// clang-format on

Error lineError(qint64 line, const QString &message)
{
    Error error = Error::invalidInput(tr("line %1").arg(line), message);
    error.message = tr("Line %1: %2").arg(line).arg(message);
    return error;
}

Result<qint64> sendBatch(const QList<const NewItem *> &items)
{
    QStringList names, descriptions, quantities, prices, categories;
    for (const NewItem *item : items) {
        names << item->name.trimmed();
        descriptions << item->description;
        quantities << QString::number(item->quantity);
        prices << formatPrice(item->price);
        categories << item->category.trimmed();
    }
    auto q = Connection::current().execute(
        importSql,
        { sql::textArray(names, false), sql::textArray(descriptions, true),
          QLatin1Char('{') + quantities.join(QLatin1Char(',')) + QLatin1Char('}'),
          QLatin1Char('{') + prices.join(QLatin1Char(',')) + QLatin1Char('}'),
          sql::textArray(categories, true) });
    if (!q) {
        Error error = q.error();
        if (error.kind == Error::Kind::PermissionDenied)
            error = Error::permissionDenied(tr("import items"), QStringLiteral("inventory_staff"));
        return std::unexpected(error);
    }
    const qint64 count = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    (*q)->finish();
    return count;
}

} // namespace

Result<ImportPlan> planImport(QIODevice *file, const std::function<void(qint64)> &progress)
{
    csv::Reader reader(file);
    const auto header = reader.next();
    if (!header || (header->fields.size() == 1 && header->fields.first().trimmed().isEmpty()))
        return std::unexpected(
            Error::invalidInput(tr("file"), tr("it is empty; the first line must name the columns.")));
    if (!header->problem.isEmpty())
        return std::unexpected(lineError(1, header->problem));

    QHash<QString, int> column;
    for (int i = 0; i < header->fields.size(); ++i) {
        const QString name = header->fields[i].trimmed().toLower();
        if (!knownColumns.contains(name)) {
            return std::unexpected(
                lineError(1,
                          tr("unknown column '%1'; the columns are %2.")
                              .arg(header->fields[i].left(40), knownColumns.join(QLatin1String(", ")))));
        }
        if (column.contains(name))
            return std::unexpected(lineError(1, tr("the column '%1' appears twice.").arg(name)));
        column.insert(name, i);
    }
    for (const char *required : { "name", "price" }) {
        if (!column.contains(QLatin1String(required)))
            return std::unexpected(
                lineError(1, tr("the header has no '%1' column.").arg(QLatin1String(required))));
    }

    ImportPlan plan;
    while (auto record = reader.next()) {
        if (progress)
            progress(reader.position());
        if (record->fields.size() == 1 && record->fields.first().isEmpty() && record->problem.isEmpty())
            continue; // a blank line
        ImportLine line;
        line.line = record->line;
        auto value = [&](const char *name) {
            const int index = column.value(QLatin1String(name), -1);
            return index >= 0 ? record->fields.value(index) : QString();
        };
        if (!record->problem.isEmpty()) {
            line.problem = lineError(record->line, record->problem);
        } else if (record->fields.size() != header->fields.size()) {
            line.problem = lineError(
                record->line,
                tr("%1 fields; the header has %2.").arg(record->fields.size()).arg(header->fields.size()));
        } else {
            line.item.name = value("name");
            line.item.description = value("description");
            line.item.category = value("category");
            const QString quantity = value("quantity").trimmed();
            const QString price = value("price").trimmed();
            bool ok = true;
            line.item.quantity = quantity.isEmpty() ? 0 : quantity.toLongLong(&ok);
            const auto cents = parsePrice(price);
            if (!ok) {
                line.problem = lineError(
                    record->line, tr("the quantity '%1' is not a whole number.").arg(quantity.left(40)));
            } else if (!cents) {
                line.problem = lineError(
                    record->line,
                    tr("the price '%1' is not a price (a number with at most two decimals, e.g. 12.50).")
                        .arg(price.left(40)));
            } else {
                line.item.price = *cents;
                if (auto invalid = validate::newItem(line.item))
                    line.problem = lineError(record->line, invalid->message);
            }
        }
        if (line.problem)
            ++plan.invalid;
        else
            ++plan.valid;
        plan.lines << line;
    }
    if (!reader.error().isEmpty())
        return std::unexpected(Error::server(tr("Cannot read the file: %1").arg(reader.error())));
    return plan;
}

Result<ImportResult> importItems(const ImportPlan &plan, ImportMode mode,
                                 const std::function<void(qint64)> &progress, int batchSize)
{
    if (mode == ImportMode::AllOrNothing && plan.invalid > 0) {
        const auto first = std::find_if(plan.lines.cbegin(), plan.lines.cend(),
                                        [](const ImportLine &l) { return bool(l.problem); });
        Error error = Error::invalidInput(tr("file"), first->problem->message);
        error.message = tr("%1 of %2 lines are invalid, so nothing was imported. The first: %3")
                            .arg(plan.invalid)
                            .arg(plan.lines.size())
                            .arg(first->problem->message);
        return std::unexpected(error);
    }
    if (batchSize < 1)
        return std::unexpected(
            Error::invalidInput(tr("batch size"), tr("%1 is not a positive number.").arg(batchSize)));
    // All or nothing is one call, so one transaction; otherwise each batch stands alone.
    const qsizetype perCall =
        mode == ImportMode::AllOrNothing ? std::max<qsizetype>(plan.lines.size(), 1) : batchSize;

    ImportResult result;
    result.skipped = plan.invalid;
    QList<const NewItem *> batch;
    auto flush = [&]() -> std::optional<Error> {
        if (batch.isEmpty())
            return std::nullopt;
        auto sent = sendBatch(batch);
        if (!sent)
            return sent.error();
        result.imported += *sent;
        batch.clear();
        if (progress)
            progress(result.imported);
        return std::nullopt;
    };
    for (const ImportLine &line : plan.lines) {
        if (line.problem)
            continue;
        batch << &line.item;
        if (batch.size() >= perCall) {
            if (auto failed = flush()) {
                if (result.imported > 0)
                    failed->message +=
                        QLatin1Char(' ') + tr("(%1 items were imported before this.)").arg(result.imported);
                return std::unexpected(*failed);
            }
        }
    }
    if (auto failed = flush()) {
        if (result.imported > 0)
            failed->message +=
                QLatin1Char(' ') + tr("(%1 items were imported before this.)").arg(result.imported);
        return std::unexpected(*failed);
    }
    return result;
}

Result<qint64> exportItems(QIODevice *file, const QString &category,
                           const std::function<void(qint64)> &progress)
{
    Connection &connection = Connection::current();
    if (auto opened = connection.ensureOpen(); !opened)
        return std::unexpected(opened.error());
    if (file->write(
            csv::record({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"),
                          QStringLiteral("quantity"), QStringLiteral("price"), QStringLiteral("category") }))
        < 0)
        return std::unexpected(Error::server(tr("Cannot write the file: %1").arg(file->errorString())));

    // Forward-only: rows stream from the server (libpq's single-row mode) instead of all being
    // held in memory; nothing else runs on this connection meanwhile.
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    query.prepare(category.isEmpty() ? exportAllSql : exportCategorySql);
    if (!category.isEmpty())
        query.bindValue(0, category);
    if (!query.exec())
        return std::unexpected(errorFromSql(query.lastError(), connection.serverName()));
    qint64 written = 0;
    while (query.next()) {
        const QByteArray line =
            csv::record({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(), query.value(4).toString(), query.value(5).toString() });
        if (file->write(line) < 0)
            return std::unexpected(Error::server(tr("Cannot write the file: %1").arg(file->errorString())));
        if (++written % 10000 == 0 && progress)
            progress(written);
    }
    if (query.lastError().isValid())
        return std::unexpected(errorFromSql(query.lastError(), connection.serverName()));
    if (progress)
        progress(written);
    return written;
}

QByteArray itemsToCsv(const QList<Item> &items)
{
    QByteArray text =
        csv::record({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"),
                      QStringLiteral("quantity"), QStringLiteral("price"), QStringLiteral("category") });
    for (const Item &item : items) {
        text += csv::record({ QString::number(item.id), item.name, item.description,
                              QString::number(item.quantity), formatPrice(item.price), item.category });
    }
    return text;
}

} // namespace inventory
