#include "migrations.h"

#include "connection.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <map>

namespace inventory {

namespace {

// "inventory": the context lupdate files these strings under (free functions of the namespace).
QString tr(const char *text)
{
    return QCoreApplication::translate("inventory", text);
}

// Migrations are resources named NNN_what.sql; the number is the version.
std::map<int, QString> migrationFiles()
{
    std::map<int, QString> files;
    static const QRegularExpression name(QStringLiteral("^(\\d+)_.*\\.sql$"));
    const QDir dir(QStringLiteral(":/inventory/migrations"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = name.match(file);
        if (match.hasMatch())
            files.emplace(match.captured(1).toInt(), dir.filePath(file));
    }
    return files;
}

// The SQL below is laid out as SQL, not as C++.
// clang-format off
// Serialises migrators across processes; the key is arbitrary but fixed.
const QString lockSql = QStringLiteral("SELECT pg_advisory_xact_lock(7341950611)");

const QString createVersionTableSql = QStringLiteral(
    "CREATE TABLE IF NOT EXISTS public.schema_migrations ("
    "  version integer PRIMARY KEY,"
    "  name text NOT NULL,"
    "  applied_at timestamptz NOT NULL DEFAULT now(),"
    "  applied_by text NOT NULL DEFAULT current_user);"
    // Every client checks the version it talks to.
    "GRANT SELECT ON public.schema_migrations TO PUBLIC");

// Two statements: a query naming a table that does not exist fails to parse, even in a branch
// that would not run.
const QString hasVersionTableSql = QStringLiteral("SELECT to_regclass('public.schema_migrations') IS NOT NULL");
const QString versionSql = QStringLiteral("SELECT coalesce(max(version), 0) FROM public.schema_migrations");

// Who owns the schema (the owner of schema_migrations once it exists), and whether we are it.
const QString ownerSql = QStringLiteral(
    "SELECT pg_get_userbyid(c.relowner), pg_has_role(current_user, c.relowner, 'USAGE') "
    "FROM pg_class c WHERE c.oid = to_regclass('public.schema_migrations')");

// clang-format on

Result<int> queryInt(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return std::unexpected(errorFromSql(query.lastError(), Connection::current().serverName()));
    return query.value(0).toInt();
}

// The applied version; 0 before the first migration created the table.
Result<int> appliedVersion(QSqlDatabase db)
{
    auto exists = queryInt(db, hasVersionTableSql);
    if (!exists || *exists == 0)
        return exists;
    return queryInt(db, versionSql);
}

Error newerSchema(int current, int latest)
{
    return Error::server(tr("The database's schema is version %1, newer than this program's %2. "
                            "Install a newer Inventory Desk; nothing was changed.")
                             .arg(current)
                             .arg(latest));
}

} // namespace

int latestSchemaVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

Result<SchemaVersion> schemaVersion()
{
    Connection &connection = Connection::current();
    if (auto opened = connection.ensureOpen(); !opened)
        return std::unexpected(opened.error());
    auto current = appliedVersion(connection.database());
    if (!current)
        return std::unexpected(current.error());
    return SchemaVersion { *current, latestSchemaVersion() };
}

Result<SchemaVersion> migrate()
{
    Connection &connection = Connection::current();
    if (auto opened = connection.ensureOpen(); !opened)
        return std::unexpected(opened.error());
    QSqlDatabase db = connection.database();
    const int latest = latestSchemaVersion();

    {
        QSqlQuery owner(db);
        if (!owner.exec(ownerSql))
            return std::unexpected(errorFromSql(owner.lastError(), connection.serverName()));
        if (owner.next() && !owner.value(1).toBool()) {
            return std::unexpected(
                Error::permissionDenied(tr("run migrations (connected as %1; the schema belongs to %2)")
                                            .arg(connection.userName(), owner.value(0).toString()),
                                        owner.value(0).toString()));
        }
    }

    int current = 0;
    for (const auto &[version, path] : migrationFiles()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(Error::server(tr("Cannot read the built-in migration %1.").arg(path)));
        const QString script = QString::fromUtf8(file.readAll());

        if (!db.transaction())
            return std::unexpected(errorFromSql(db.lastError(), connection.serverName()));
        auto rollback = [&](Error error) {
            db.rollback();
            return std::unexpected(std::move(error));
        };
        if (auto locked = connection.executeScript(lockSql); !locked)
            return rollback(locked.error());
        if (auto created = connection.executeScript(createVersionTableSql); !created)
            return rollback(created.error());
        auto applied = appliedVersion(db);
        if (!applied)
            return rollback(applied.error());
        current = *applied;
        if (current > latest)
            return rollback(newerSchema(current, latest));
        if (current >= version) {
            db.rollback();
            continue;
        }
        qCInfo(lcDatabase) << "applying migration" << version << path;
        if (auto ran = connection.executeScript(script); !ran) {
            Error error = ran.error();
            error.message = tr("Migration %1 failed and was rolled back: %2").arg(version).arg(error.message);
            return rollback(error);
        }
        QSqlQuery record(db);
        record.prepare(QStringLiteral("INSERT INTO public.schema_migrations (version, name) VALUES (?, ?)"));
        record.addBindValue(version);
        record.addBindValue(QFileInfo(path).fileName());
        if (!record.exec())
            return rollback(errorFromSql(record.lastError(), connection.serverName()));
        record.finish();
        // commit() is false when the server rolled back (e.g. a deferred constraint failed).
        if (!db.commit())
            return rollback(errorFromSql(db.lastError(), connection.serverName()));
        current = version;
    }
    return SchemaVersion { current, latest };
}

Result<void> requireCurrentSchema()
{
    auto version = schemaVersion();
    if (!version)
        return std::unexpected(version.error());
    if (version->current > version->latest)
        return std::unexpected(newerSchema(version->current, version->latest));
    if (version->current == 0) {
        return std::unexpected(Error::server(tr("The database %1 has no Inventory Desk schema yet; run "
                                                "'inventoryctl migrate' as its owner.")
                                                 .arg(Connection::current().serverName())));
    }
    if (version->current < version->latest) {
        return std::unexpected(Error::server(tr("The database's schema is version %1; this program needs %2. "
                                                "Run 'inventoryctl migrate' as its owner.")
                                                 .arg(version->current)
                                                 .arg(version->latest)));
    }
    return {};
}

} // namespace inventory
