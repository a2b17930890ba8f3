#include "readrouting.h"

#include "logging.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <algorithm>
#include <atomic>

namespace inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("inventory", text);
}

const QString targetKey = QStringLiteral("target_session_attrs");
const QString replaySql = QStringLiteral("SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn()::text");
// Lag as a person means it: nothing when all that arrived is replayed, else how old the last
// replayed transaction is.
const QString lagSql = QStringLiteral(
    "SELECT pg_is_in_recovery(), "
    "       CASE WHEN NOT pg_is_in_recovery() THEN NULL "
    "            WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0 "
    "            ELSE greatest(0, (extract(epoch FROM now() - pg_last_xact_replay_timestamp()) * 1000))::bigint "
    "       END");

std::atomic<quint64> s_lastWrite { 0 };
std::atomic<qint64> s_waitMs { 1000 };
// One order per process: every thread of this client tries the standbys in the same order, and
// another client most likely in another.
const quint32 s_shuffleSeed = QRandomGenerator::system()->generate();

// What this thread last saw its read connection replay, valid while that connection stays open.
thread_local quint64 t_replayed = 0;
thread_local quint64 t_replayedOpen = 0;

void noteWrite(quint64 position)
{
    quint64 seen = s_lastWrite.load();
    while (seen < position && !s_lastWrite.compare_exchange_weak(seen, position)) { }
}

// Whether `reader` has replayed `target`, waiting for it at most readYourWritesWait().
bool caughtUp(Connection &reader, quint64 target)
{
    if (t_replayedOpen == reader.openCount() && t_replayed >= target)
        return true;
    const auto deadline = std::chrono::steady_clock::now() + readYourWritesWait();
    for (;;) {
        auto q = reader.execute(replaySql, {}, Retry::Safe);
        if (!q)
            return false;
        bool inRecovery = true;
        quint64 replayed = 0;
        if ((*q)->next()) {
            inRecovery = (*q)->value(0).toBool();
            replayed = parseLsn((*q)->value(1).toString());
        }
        (*q)->finish();
        // Not a standby (promoted, or prefer-standby found only the primary): it has every write.
        if (!inRecovery)
            replayed = std::numeric_limits<quint64>::max();
        t_replayedOpen = reader.openCount();
        t_replayed = replayed;
        if (replayed >= target)
            return true;
        if (std::chrono::steady_clock::now() >= deadline) {
            qCDebug(lcDatabase) << "standby" << reader.serverName() << "has not replayed our last write in"
                                << readYourWritesWait().count() << "ms; reading from the primary";
            return false;
        }
        QThread::msleep(5);
    }
}

} // namespace

quint64 parseLsn(const QString &text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return 0;
    bool highOk = false;
    bool lowOk = false;
    const quint64 high = text.left(slash).toULongLong(&highOk, 16);
    const quint64 low = text.mid(slash + 1).toULongLong(&lowOk, 16);
    return highOk && lowOk ? (high << 32) | low : 0;
}

Result<std::optional<ConnectionSettings>> readSettingsFrom(const QString &option)
{
    const QString text = option.isEmpty() ? qEnvironmentVariable(readDbVariable) : option;
    if (text.trimmed().isEmpty())
        return std::optional<ConnectionSettings>();
    auto parsed = ConnectionSettings::parse(text);
    if (!parsed) {
        Error error = parsed.error();
        error.field = QStringLiteral("read-db");
        error.message = tr("--read-db (or %1): %2").arg(QLatin1String(readDbVariable), error.message);
        return std::unexpected(error);
    }
    return std::optional<ConnectionSettings>(*parsed);
}

ConnectionSettings writerSettings(const ConnectionSettings &write)
{
    ConnectionSettings settings = write;
    if (settings.hosts().size() > 1 && !settings.options.contains(targetKey))
        settings.options.insert(targetKey, QStringLiteral("read-write"));
    return settings;
}

ConnectionSettings readerSettings(const ConnectionSettings &write, const ConnectionSettings &read)
{
    ConnectionSettings settings = read;
    if (settings.host.isEmpty()) {
        settings.host = write.host;
        settings.port = write.port;
    }
    if (settings.database.isEmpty())
        settings.database = write.database;
    if (settings.user.isEmpty())
        settings.user = write.user;
    if (settings.password.isEmpty() && settings.user == write.user)
        settings.password = write.password;
    for (auto it = write.options.cbegin(); it != write.options.cend(); ++it) {
        if (it.key() != targetKey && it.key() != QLatin1String("port") && it.key() != QLatin1String("hostaddr")
            && !settings.options.contains(it.key()))
            settings.options.insert(it.key(), it.value());
    }
    if (!settings.options.contains(targetKey))
        settings.options.insert(targetKey, QStringLiteral("prefer-standby"));
    // libpq 15 has no load_balance_hosts: shuffle the list ourselves.
    QList<HostPort> hosts = settings.hosts();
    if (hosts.size() > 1) {
        QRandomGenerator order(s_shuffleSeed);
        std::shuffle(hosts.begin(), hosts.end(), order);
        settings.setHosts(hosts);
    }
    return settings;
}

void configureRouting(const ConnectionSettings &write, const std::optional<ConnectionSettings> &read)
{
    setConnectionSettings(writerSettings(write));
    setReadConnectionSettings(read ? std::optional(readerSettings(write, *read)) : std::nullopt);
    if (read)
        qCInfo(lcDatabase) << "reads from" << readConnectionSettings()->displayName() << "writes to"
                           << writerSettings(write).displayName();
}

void setReadYourWritesWait(std::chrono::milliseconds wait)
{
    s_waitMs = wait.count();
}

std::chrono::milliseconds readYourWritesWait()
{
    return std::chrono::milliseconds(s_waitMs.load());
}

quint64 lastWritePosition()
{
    return s_lastWrite.load();
}

Result<QSqlQuery *> executeRead(const QString &sql, const QVariantList &values)
{
    Connection &reader = Connection::forReading();
    if (!reader.isReader())
        return reader.execute(sql, values, Retry::Safe);
    Connection &writer = Connection::current();

    bool onReader = true;
    if (auto followed = reader.followSetupOf(writer); !followed) {
        if (followed.error().kind != Error::Kind::Connection)
            return std::unexpected(followed.error());
        onReader = false;
    }
    if (const quint64 target = s_lastWrite.load(); onReader && target > 0)
        onReader = caughtUp(reader, target);
    if (onReader) {
        auto q = reader.execute(sql, values, Retry::Safe);
        if (q || q.error().kind != Error::Kind::Connection)
            return q;
        qCInfo(lcDatabase) << "no reader reachable (" << q.error().message << "); reading from the primary";
        return writer.execute(sql, values, Retry::Safe);
    }
    auto q = writer.execute(sql, values, Retry::Safe);
    if (q || q.error().kind != Error::Kind::Connection)
        return q;
    // The primary is gone too: what the standby has is better than nothing.
    if (reader.followSetupOf(writer))
        return reader.execute(sql, values, Retry::Safe);
    return q;
}

Result<QSqlQuery *> executeWrite(const QString &sql, const QVariantList &values)
{
    Connection &writer = Connection::current();
    const bool routed = Connection::forReading().isReader();
    auto q = writer.execute(sql, values, Retry::Never);
    if (!routed)
        return q;
    if (!q) {
        Error error = q.error();
        if (error.kind == Error::Kind::Connection) {
            error.message = tr("Primary unavailable: %1").arg(error.message);
            error.primaryUnavailable = true;
        }
        return std::unexpected(error);
    }
    // Autocommit: the write has committed, and its commit record is before this position. The
    // write's own rows are already with the client; this must not disturb them even when the
    // server goes away now, hence straight through libpq.
    if (auto position = writer.valueNow("SELECT pg_current_wal_lsn()::text"))
        noteWrite(parseLsn(*position));
    else
        qCInfo(lcDatabase) << "could not read the primary's WAL position after a write";
    return q;
}

Result<ReadStatus> readStatus()
{
    ReadStatus status;
    Connection &reader = Connection::forReading();
    status.routed = reader.isReader();
    if (!status.routed) {
        if (auto open = reader.ensureOpen(); !open)
            return std::unexpected(open.error());
        status.server = reader.serverName();
        status.standby = reader.isStandby();
        return status;
    }
    Connection &writer = Connection::current();
    if (auto open = writer.ensureOpen(); !open)
        status.primaryProblem = tr("Primary unavailable: %1").arg(open.error().message);
    auto q = reader.execute(lagSql, {}, Retry::Safe);
    if (!q)
        return std::unexpected(q.error());
    if ((*q)->next()) {
        status.standby = (*q)->value(0).toBool();
        if (!(*q)->value(1).isNull())
            status.replayLagMs = (*q)->value(1).toLongLong();
    }
    (*q)->finish();
    status.server = reader.serverName();
    return status;
}

} // namespace inventory
