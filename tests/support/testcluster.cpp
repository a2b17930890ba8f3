#include "testcluster.h"

#include "connection.h"
#include "migrations.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
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
    // The nodes live in subdirectories, each handed to the server account (when root): it must
    // be able to pass through this one.
    QFile::setPermissions(m_directory->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                   | QFile::ExeGroup | QFile::ExeOther);
    // Rewindable: a failover test rejoins a killed primary with pg_rewind.
    m_cluster = std::make_unique<LocalCluster>(m_directory->path() + QStringLiteral("/primary"),
                                               LocalCluster::Options { .durable = false, .rewindable = true });
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
    if (m_standby && !m_shutDown)
        (void)m_standby->stop(LocalCluster::StopMode::Immediate);
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
    return queryRow(owner(database), sql, values);
}

Result<QVariantList> TestCluster::queryRow(const ConnectionSettings &settings, const QString &sql,
                                           const QVariantList &values)
{
    const ScopedConnectionSettings scoped(settings);
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
    if (settings.port > 0)
        query.addQueryItem(QStringLiteral("port"), QString::number(settings.port));
    for (auto it = settings.options.cbegin(); it != settings.options.cend(); ++it)
        query.addQueryItem(it.key(), it.value());
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

Result<LocalCluster *> TestCluster::standby()
{
    if (m_startError)
        return std::unexpected(*m_startError);
    if (!m_standby) {
        auto node = std::make_unique<LocalCluster>(
            m_directory->path() + QStringLiteral("/standby"),
            LocalCluster::Options { .durable = false, .port = 5433, .rewindable = true });
        if (auto made = node->createStandbyOf(*m_cluster); !made)
            return std::unexpected(made.error());
        if (auto running = node->ensureRunning(); !running)
            return std::unexpected(running.error());
        m_standby = std::move(node);
    }
    return m_standby.get();
}

ConnectionSettings TestCluster::on(const LocalCluster &node, ConnectionSettings settings)
{
    settings.setHosts({ { node.socketDirectory(), node.port() } });
    return settings;
}

ConnectionSettings TestCluster::onAll(const QList<const LocalCluster *> &nodes, ConnectionSettings settings)
{
    QList<HostPort> hosts;
    for (const LocalCluster *node : nodes)
        hosts.append({ node->socketDirectory(), node->port() });
    settings.setHosts(hosts);
    return settings;
}

Result<void> TestCluster::waitForReplay(LocalCluster &primary, LocalCluster &node)
{
    QString position;
    {
        const ScopedConnectionSettings asOwner(primary.settings(QStringLiteral("postgres")));
        auto q = Connection::current().execute(QStringLiteral("SELECT pg_current_wal_lsn()::text"));
        if (!q)
            return std::unexpected(q.error());
        if ((*q)->next())
            position = (*q)->value(0).toString();
        (*q)->finish();
    }
    const ScopedConnectionSettings asOwner(node.settings(QStringLiteral("postgres")));
    for (int i = 0; i < 3000; ++i) {
        auto q = Connection::current().execute(
            QStringLiteral("SELECT coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, true)"), { position },
            Retry::Safe);
        if (!q)
            return std::unexpected(q.error());
        const bool done = (*q)->next() && (*q)->value(0).toBool();
        (*q)->finish();
        if (done)
            return {};
        QThread::msleep(10);
    }
    return std::unexpected(Error::server(QStringLiteral("%1 did not replay up to %2 within 30 s")
                                             .arg(node.dataDirectory(), position)));
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
