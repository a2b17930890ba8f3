#include "testcluster.h"

#include "connection.h"
#include "migrations.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>

namespace inventory::test {

TestCluster &TestCluster::instance()
{
    static TestCluster cluster;
    return cluster;
}

TestCluster::TestCluster()
    : m_directory(
        std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/inventory-test-XXXXXX")))
{
    m_cluster =
        std::make_unique<LocalCluster>(m_directory->path(), LocalCluster::Options { .durable = false });
    if (auto running = m_cluster->ensureRunning(); !running)
        m_startError = running.error();
}

TestCluster::~TestCluster()
{
    shutdown();
}

void TestCluster::shutdown()
{
    Connection::closeCurrent();
    if (!m_startError && !m_shutDown)
        (void)m_cluster->stop(LocalCluster::StopMode::Immediate);
    m_shutDown = true;
}

Result<void> TestCluster::createDatabase(const QString &name)
{
    if (auto created = createEmptyDatabase(name); !created)
        return created;
    const ScopedConnectionSettings asOwner(owner(name));
    if (auto migrated = migrate(); !migrated)
        return std::unexpected(migrated.error());
    // Roles are cluster-wide; these calls are idempotent.
    for (const auto &[role, group] :
         { std::pair { QStringLiteral("tst_staff"), QStringLiteral("inventory_staff") },
           { QStringLiteral("tst_manager"), QStringLiteral("inventory_manager") } }) {
        if (auto granted =
                ownerExec(name, QStringLiteral("SELECT inventory.grant_login($1, $2)"), { role, group });
            !granted)
            return granted;
    }
    return Connection::current().executeScript(
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tst_nobody') THEN "
                       "CREATE ROLE tst_nobody LOGIN; END IF; END $$"));
}

Result<void> TestCluster::createEmptyDatabase(const QString &name)
{
    if (m_startError)
        return std::unexpected(*m_startError);
    // Database names cannot be bound; these are the tests' own constants, checked here.
    for (const QChar c : name) {
        if (!(c.isLower() || c.isDigit() || c == QLatin1Char('_')))
            return std::unexpected(Error::invalidInput(QStringLiteral("test database name"), name));
    }
    if (auto dropped = dropDatabase(name); !dropped)
        return dropped;
    {
        const ScopedConnectionSettings asOwner(owner(QStringLiteral("postgres")));
        if (auto created =
                Connection::current().executeScript(QStringLiteral("CREATE DATABASE %1").arg(name));
            !created)
            return created;
    }
    return {};
}

Result<void> TestCluster::dropDatabase(const QString &name)
{
    if (m_startError)
        return std::unexpected(*m_startError);
    const ScopedConnectionSettings asOwner(owner(QStringLiteral("postgres")));
    return Connection::current().executeScript(
        QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

ConnectionSettings TestCluster::owner(const QString &database) const
{
    return m_cluster->settings(database);
}

ConnectionSettings TestCluster::staff(const QString &database) const
{
    return m_cluster->settings(database, QStringLiteral("tst_staff"));
}

ConnectionSettings TestCluster::manager(const QString &database) const
{
    return m_cluster->settings(database, QStringLiteral("tst_manager"));
}

ConnectionSettings TestCluster::nobody(const QString &database) const
{
    return m_cluster->settings(database, QStringLiteral("tst_nobody"));
}

Result<QVariantList> TestCluster::ownerQueryRow(const QString &database, const QString &sql,
                                                const QVariantList &values)
{
    const ScopedConnectionSettings asOwner(owner(database));
    auto query = Connection::current().execute(sql, values);
    if (!query)
        return std::unexpected(query.error());
    QVariantList row;
    if ((*query)->next()) {
        for (int i = 0; i < (*query)->record().count(); ++i)
            row << (*query)->value(i);
    }
    (*query)->finish();
    return row;
}

Result<void> TestCluster::ownerExec(const QString &database, const QString &sql, const QVariantList &values)
{
    auto row = ownerQueryRow(database, sql, values);
    if (!row)
        return std::unexpected(row.error());
    return {};
}

QString TestCluster::stateFingerprint(const QString &database)
{
    auto row = ownerQueryRow(
        database,
        QStringLiteral(
            "SELECT (SELECT md5(coalesce(string_agg(i::text, '|' ORDER BY id), '')) FROM items i) || "
            "(SELECT md5(coalesce(string_agg(b::text, '|' ORDER BY id), '')) FROM block_inventory b) || "
            "(SELECT count(*) FROM block_events)::text || "
            "(SELECT count(*) FROM stock_movements)::text || (SELECT count(*) FROM stock_counts)::text || "
            "(SELECT md5(coalesce(string_agg(l::text, '|' ORDER BY count_id, item_id), '')) FROM stock_count_lines l) || "
            "(SELECT md5(coalesce(string_agg(c::text, '|' ORDER BY category), '')) FROM category_counts c)"));
    return row && !row->isEmpty() ? row->first().toString() : QString();
}

QString TestCluster::uri(const ConnectionSettings &settings)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(settings.user);
    url.setPath(QLatin1Char('/') + settings.database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("host"), settings.host);
    query.addQueryItem(QStringLiteral("port"), QString::number(settings.port));
    for (auto it = settings.options.cbegin(); it != settings.options.cend(); ++it)
        query.addQueryItem(it.key(), it.value());
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

Result<void> TestCluster::stopServer(bool immediate)
{
    return m_cluster->stop(immediate ? LocalCluster::StopMode::Immediate : LocalCluster::StopMode::Fast);
}

Result<void> TestCluster::startServer()
{
    return m_cluster->ensureRunning();
}

} // namespace inventory::test
