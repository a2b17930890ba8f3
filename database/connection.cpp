#include "connection.h"

#include "logging.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <libpq-fe.h>

namespace inventory {

namespace {
QMutex s_settingsMutex;
ConnectionSettings s_settings;
quint64 s_settingsGeneration = 1;
std::optional<ConnectionSettings> s_readSettings;
quint64 s_readGeneration = 1;
QAtomicInteger<quint64> s_connectionCounter;

thread_local std::unique_ptr<Connection> t_connection;
thread_local std::unique_ptr<Connection> t_reader;
thread_local std::optional<ConnectionSettings> t_override;
thread_local quint64 t_overrideGeneration = 0;

PGconn *pgConnection(const QSqlDatabase &database)
{
    if (!database.isValid() || !database.driver())
        return nullptr;
    const QVariant handle = database.driver()->handle();
    // QPSQL registers the handle's type under libpq's struct name.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}
// The server's notices ("relation already exists, skipping") go to our log, not to stderr.
void logNotice(void *, const char *message)
{
    qCDebug(lcDatabase).noquote() << "server notice:" << QString::fromUtf8(message).trimmed();
}
} // namespace

void setConnectionSettings(const ConnectionSettings &settings)
{
    const QMutexLocker lock(&s_settingsMutex);
    s_settings = settings;
    ++s_settingsGeneration;
}

ConnectionSettings connectionSettings()
{
    const QMutexLocker lock(&s_settingsMutex);
    return s_settings;
}

void setReadConnectionSettings(const std::optional<ConnectionSettings> &settings)
{
    const QMutexLocker lock(&s_settingsMutex);
    s_readSettings = settings;
    ++s_readGeneration;
}

std::optional<ConnectionSettings> readConnectionSettings()
{
    const QMutexLocker lock(&s_settingsMutex);
    return s_readSettings;
}

ConnectionSettings currentConnectionSettings()
{
    return t_override ? *t_override : connectionSettings();
}

ScopedConnectionSettings::ScopedConnectionSettings(const ConnectionSettings &settings)
    : m_previous(t_override)
{
    t_override = settings;
    ++t_overrideGeneration;
}

ScopedConnectionSettings::~ScopedConnectionSettings()
{
    t_override = m_previous;
    ++t_overrideGeneration;
}

Connection &Connection::current()
{
    if (!t_connection)
        t_connection.reset(new Connection(false));
    return *t_connection;
}

Connection &Connection::forReading()
{
    bool routed = false;
    {
        const QMutexLocker lock(&s_settingsMutex);
        routed = s_readSettings.has_value() && !t_override;
    }
    if (!routed)
        return current();
    if (!t_reader)
        t_reader.reset(new Connection(true));
    return *t_reader;
}

void Connection::closeCurrent()
{
    t_reader.reset();
    t_connection.reset();
}

Connection::Connection(bool reader)
    : m_name(QStringLiteral("inventory-%1%2").arg(reader ? QStringLiteral("read-") : QString()).arg(++s_connectionCounter))
    , m_reader(reader)
{
}

Connection::~Connection()
{
    reset();
}

void Connection::reset()
{
    // Queries first: a QSqlDatabase can only be removed once nothing uses it.
    m_statements.clear();
    if (m_database.isValid()) {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

bool Connection::isAlive() const
{
    PGconn *connection = pgConnection(m_database);
    if (!connection || PQstatus(connection) != CONNECTION_OK) {
        qCDebug(lcDatabase) << "connection check failed: no live handle";
        return false;
    }
    // Reads whatever the server sent while we were idle, without blocking. A server that shut
    // down or restarted has closed the socket: libpq notices here and marks the connection
    // bad, before we send a statement whose outcome we then could not know. The second call
    // sees the end of the stream when the first only read the server's farewell message.
    for (int i = 0; i < 2; ++i) {
        if (PQconsumeInput(connection) == 0 || PQstatus(connection) != CONNECTION_OK) {
            qCDebug(lcDatabase) << "connection check failed:" << PQerrorMessage(connection);
            return false;
        }
    }
    return true;
}

Result<void> Connection::ensureOpen()
{
    Q_ASSERT(t_connection.get() == this || t_reader.get() == this);
    ConnectionSettings settings;
    Generation generation;
    {
        const QMutexLocker lock(&s_settingsMutex);
        if (m_reader && s_readSettings) {
            settings = *s_readSettings;
            generation = { s_readGeneration, 0 };
        } else {
            settings = t_override.value_or(s_settings);
            // Either kind of change means a different server or role: reconnect.
            generation = { s_settingsGeneration, t_overrideGeneration };
        }
    }
    if (generation != m_settingsGeneration) {
        reset();
        dropSetup();
    }
    if (m_database.isValid() && m_database.isOpen()) {
        if (isAlive())
            return {};
        qCInfo(lcDatabase) << "connection" << m_name << "to" << m_serverName << "was lost; reconnecting";
        reset();
    }

    m_settingsGeneration = generation;
    m_serverName = settings.displayName();
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    if (!m_database.isValid()) {
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        return std::unexpected(Error::server(QCoreApplication::translate(
            "inventory", "The Qt PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql).")));
    }
    m_database.setHostName(settings.host);
    m_database.setPort(settings.port);
    m_database.setDatabaseName(settings.database);
    m_database.setUserName(settings.user);
    m_database.setPassword(settings.password);
    m_database.setConnectOptions(settings.connectOptions());
    if (!m_database.open()) {
        const QSqlError error = m_database.lastError();
        reset();
        return std::unexpected(errorFromSql(error, m_serverName));
    }
    if (PGconn *connection = pgConnection(m_database)) {
        PQsetNoticeProcessor(connection, logNotice, nullptr);
        // What libpq actually used, environment and defaults included.
        const QString host = QString::fromUtf8(PQhost(connection));
        const QString port = QString::fromUtf8(PQport(connection));
        const QString db = QString::fromUtf8(PQdb(connection));
        // The port with a socket directory too: servers sharing a directory differ by it alone.
        m_serverName = host + QLatin1Char(':') + port + QLatin1Char('/') + db;
    }
    ++m_openCount;
    qCDebug(lcDatabase) << "opened" << m_name << "to" << m_serverName << "in" << QThread::currentThread();
    if (auto applied = applySetup(); !applied) {
        reset();
        return applied;
    }
    return {};
}

// Through the statement cache, like execute(): one round trip once prepared.
Result<void> Connection::applySetup()
{
    if (m_setupSql.isEmpty())
        return {};
    auto query = prepared(m_setupSql);
    if (!query)
        return std::unexpected(query.error());
    QSqlQuery *q = *query;
    for (qsizetype i = 0; i < m_setupValues.size(); ++i)
        q->bindValue(int(i), m_setupValues.at(i));
    if (!q->exec()) {
        const Error error = errorFromSql(q->lastError(), m_serverName);
        q->finish();
        return std::unexpected(error);
    }
    q->finish();
    return {};
}

void Connection::dropSetup()
{
    m_setupKey.clear();
    m_setupSql.clear();
    m_setupValues.clear();
}

Result<void> Connection::setSessionSetup(const QString &key, const QString &sql, const QVariantList &values)
{
    if (auto open = ensureOpen(); !open) {
        // Reads have their own connection: with the primary down, the set-up is kept and applied
        // on reconnect, so reads (which follow it) go on.
        if (open.error().kind == Error::Kind::Connection && !m_reader && readConnectionSettings()
            && !t_override) {
            m_setupKey = key;
            m_setupSql = sql;
            m_setupValues = values;
            return {};
        }
        return open;
    }
    QString previousKey = std::exchange(m_setupKey, key);
    QString previousSql = std::exchange(m_setupSql, sql);
    QVariantList previousValues = std::exchange(m_setupValues, values);
    if (auto applied = applySetup(); !applied) {
        // A refused statement changed nothing (its transaction rolled back its set_config calls):
        // the session still has the previous set-up, and a reconnect applies that one again.
        m_setupKey = std::move(previousKey);
        m_setupSql = std::move(previousSql);
        m_setupValues = std::move(previousValues);
        if (applied.error().kind == Error::Kind::Connection)
            reset();
        return applied;
    }
    return {};
}

Result<void> Connection::followSetupOf(const Connection &other)
{
    if (&other == this || other.m_setupKey == m_setupKey)
        return {};
    if (other.m_setupKey.isEmpty()) {
        // A set_config of the session cannot be taken back one by one: start a fresh session.
        reset();
        dropSetup();
        return {};
    }
    return setSessionSetup(other.m_setupKey, other.m_setupSql, other.m_setupValues);
}

std::optional<QString> Connection::valueNow(const char *sql)
{
    PGconn *connection = pgConnection(m_database);
    if (!connection || PQstatus(connection) != CONNECTION_OK)
        return std::nullopt;
    PGresult *result = PQexec(connection, sql);
    std::optional<QString> value;
    if (PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1 && PQnfields(result) == 1)
        value = QString::fromUtf8(PQgetvalue(result, 0, 0));
    else
        qCDebug(lcDatabase) << "query failed on" << m_serverName << ":" << PQerrorMessage(connection);
    PQclear(result);
    return value;
}

bool Connection::isStandby() const
{
    PGconn *connection = pgConnection(m_database);
    const char *status = connection ? PQparameterStatus(connection, "in_hot_standby") : nullptr;
    return status && qstrcmp(status, "on") == 0;
}

QString Connection::serverName() const
{
    return m_serverName;
}

QString Connection::userName() const
{
    if (PGconn *connection = pgConnection(m_database))
        return QString::fromUtf8(PQuser(connection));
    return m_database.userName();
}

Result<QSqlQuery *> Connection::prepared(const QString &sql)
{
    if (const auto found = m_statements.constFind(sql); found != m_statements.cend())
        return found->get();
    auto query = std::make_shared<QSqlQuery>(m_database);
    if (!query->prepare(sql))
        return std::unexpected(errorFromSql(query->lastError(), m_serverName));
    m_statements.insert(sql, query);
    return query.get();
}

Result<QSqlQuery *> Connection::execute(const QString &sql, const QVariantList &values, Retry retry)
{
    for (int attempt = 0;; ++attempt) {
        if (auto opened = ensureOpen(); !opened)
            return std::unexpected(opened.error());

        auto query = prepared(sql);
        if (!query) {
            // Preparing executes nothing, so a broken connection here is always safe to retry.
            if (query.error().kind == Error::Kind::Connection && attempt == 0) {
                reset();
                continue;
            }
            return std::unexpected(query.error());
        }
        QSqlQuery *q = *query;
        for (qsizetype i = 0; i < values.size(); ++i)
            q->bindValue(int(i), values.at(i));
        if (q->exec())
            return q;

        Error error = errorFromSql(q->lastError(), m_serverName);
        q->finish();
        if (error.sqlState == QLatin1String("0A000") && attempt == 0) {
            // "cached plan must not change result type": a migration changed a table under a
            // prepared statement. Nothing ran; prepare again.
            m_statements.remove(sql);
            continue;
        }
        if (error.kind == Error::Kind::Connection) {
            reset();
            if (retry == Retry::Safe && attempt == 0)
                continue;
        }
        if (error.sqlState == QLatin1String("40001") && retry == Retry::Safe && attempt == 0) {
            // On a hot standby: "canceling statement due to conflict with recovery" (replay
            // needed what this read held). A read can simply run again, on a newer snapshot.
            qCInfo(lcDatabase) << "read on" << m_serverName << "cancelled:" << error.message << "- retrying once";
            continue;
        }
        return std::unexpected(error);
    }
}

Result<void> Connection::executeScript(const QString &sql)
{
    if (auto opened = ensureOpen(); !opened)
        return std::unexpected(opened.error());
    Error error;
    {
        QSqlQuery query(m_database);
        if (query.exec(sql))
            return {};
        error = errorFromSql(query.lastError(), m_serverName);
    }
    if (error.kind == Error::Kind::Connection)
        reset();
    return std::unexpected(error);
}

} // namespace inventory
