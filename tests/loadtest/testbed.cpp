#include "testbed.h"

#include "connection.h"
#include "demodata.h"
#include "httpclient.h"
#include "migrations.h"
#include "operations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace inventory;

namespace loadtest {

namespace {

// clang-format off
// Stock for the run, booked as receipts (the ledger stays explained: `inventoryctl check` is clean).
const QString restockSql = QStringLiteral(
    "WITH stocked AS ("
    "    UPDATE public.items i SET quantity = i.quantity + $2, updated_at = now()"
    "     WHERE i.id > $1 RETURNING i.id, i.quantity) "
    "INSERT INTO public.stock_movements (item_id, kind, reason, change, resulting_quantity, reference) "
    "SELECT id, 'receipt', 'received', $2, quantity, 'inventory-loadtest' FROM stocked");
// The original's categories had names like this one: spaces and '&' in the path, percent-encoded.
const QString renameCategorySql = QStringLiteral(
    "UPDATE public.items SET category = 'Home & Garden' WHERE id > $1 AND category = 'Garden'");
const QString accountingSql = QStringLiteral(
    "SELECT i.quantity, count(b.id), coalesce(sum(b.quantity), 0) "
    "  FROM public.items i LEFT JOIN public.block_inventory b ON b.item_id = i.id "
    " WHERE i.id = $1 GROUP BY i.quantity");
// clang-format on

std::expected<void, QString> script(const QString &sql)
{
    auto done = Connection::current().executeScript(sql);
    if (!done)
        return std::unexpected(done.error().message);
    return {};
}

std::expected<qint64, QString> scalar(const QString &sql, const QVariantList &values = {})
{
    auto q = Connection::current().execute(sql, values);
    if (!q)
        return std::unexpected(q.error().message);
    const qint64 value = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    (*q)->finish();
    return value;
}

} // namespace

Testbed::~Testbed()
{
    tearDown();
}

void Testbed::tearDown()
{
    Connection::closeCurrent();
    if (m_cluster)
        (void)m_cluster->stop(LocalCluster::StopMode::Immediate);
    m_cluster.reset();
    m_directory.reset();
}

std::expected<void, QString> Testbed::prepare(const Options &options)
{
    if (options.db.isEmpty()) {
        m_directory = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                                      + QStringLiteral("/inventory-loadtest-XXXXXX"));
        // Durable like a real server (fsync on), as `inventoryctl bench` runs.
        m_cluster = std::make_unique<LocalCluster>(
            m_directory->path(),
            LocalCluster::Options { .durable = true, .sharedBuffers = QStringLiteral("512MB") });
        m_progress(QStringLiteral("starting a throw-away PostgreSQL cluster in %1").arg(m_directory->path()));
        if (auto running = m_cluster->ensureRunning(); !running)
            return std::unexpected(running.error().message);
        setConnectionSettings(m_cluster->settings(QStringLiteral("postgres")));
        if (options.maxConnections > 100) {
            // Many direct clients at once (the flash sale's denominators): a restart applies it.
            if (auto set = script(QStringLiteral("ALTER SYSTEM SET max_connections = %1")
                                      .arg(options.maxConnections));
                !set)
                return set;
            Connection::closeCurrent();
            if (auto stopped = m_cluster->stop(LocalCluster::StopMode::Fast); !stopped)
                return std::unexpected(stopped.error().message);
            if (auto running = m_cluster->ensureRunning(); !running)
                return std::unexpected(running.error().message);
        }
        if (auto created = script(QStringLiteral("CREATE DATABASE loadtest")); !created)
            return created;
        Connection::closeCurrent();
        const ConnectionSettings settings = m_cluster->settings(QStringLiteral("loadtest"));
        setConnectionSettings(settings);
        if (auto migrated = migrate(); !migrated)
            return std::unexpected(migrated.error().message);
        m_conninfo = settings.redactedUri();
    } else {
        auto settings = ConnectionSettings::parse(options.db);
        if (!settings)
            return std::unexpected(settings.error().message);
        setConnectionSettings(*settings);
        if (auto ready = requireCurrentSchema(); !ready)
            return std::unexpected(ready.error().message);
        m_conninfo = options.db;
    }
    auto maxConnections = scalar(QStringLiteral("SELECT current_setting('max_connections')::int"));
    if (!maxConnections)
        return std::unexpected(maxConnections.error());
    m_maxConnections = int(*maxConnections);

    auto before = scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM public.items"));
    if (!before)
        return std::unexpected(before.error());
    qint64 firstId = 0; // the run's items are those above it
    if (options.items > 0) {
        m_progress(QStringLiteral("creating %1 items over %2 categories").arg(options.items).arg(options.categories));
        QElapsedTimer timer;
        timer.start();
        if (auto seeded = seedItems(options.items, options.categories); !seeded)
            return std::unexpected(seeded.error().message);
        firstId = *before;
        for (const QString &sql : { renameCategorySql, restockSql }) {
            QVariantList values { firstId };
            if (sql == restockSql)
                values << 1'000'000;
            auto q = Connection::current().execute(sql, values);
            if (!q)
                return std::unexpected(q.error().message);
            (*q)->finish();
        }
        if (auto analyzed = script(QStringLiteral("VACUUM ANALYZE public.items")); !analyzed)
            return analyzed;
        m_progress(QStringLiteral("set-up took %1 s").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }

    auto ids = Connection::current().execute(
        QStringLiteral("SELECT id FROM public.items WHERE id > $1 AND archived_at IS NULL ORDER BY id"),
        { firstId });
    if (!ids)
        return std::unexpected(ids.error().message);
    while ((*ids)->next())
        m_catalogue.itemIds.push_back((*ids)->value(0).toLongLong());
    (*ids)->finish();
    if (m_catalogue.itemIds.empty())
        return std::unexpected(QStringLiteral("The database has no items to load."));

    auto list = categories();
    if (!list)
        return std::unexpected(list.error().message);
    for (const Category &c : *list) {
        if (c.itemCount > 0) {
            m_catalogue.categories << c.name;
            m_catalogue.topPaths.push_back(topItemsPath(c.name));
        }
    }
    if (m_catalogue.categories.isEmpty())
        return std::unexpected(QStringLiteral("The database has no categories to read."));
    return {};
}

std::expected<qint64, QString> Testbed::createHotItem(qint64 quantity)
{
    auto hot = createItem({ QStringLiteral("Flash sale item"), QStringLiteral("inventory-loadtest"), quantity,
                            1999, QStringLiteral("Flash sale") });
    if (!hot)
        return std::unexpected(hot.error().message);
    return hot->id;
}

std::expected<Testbed::Accounting, QString> Testbed::accounting(qint64 itemId)
{
    auto q = Connection::current().execute(accountingSql, { itemId });
    if (!q)
        return std::unexpected(q.error().message);
    Accounting a;
    if ((*q)->next()) {
        a.quantity = (*q)->value(0).toLongLong();
        a.blocks = (*q)->value(1).toLongLong();
        a.blockedUnits = (*q)->value(2).toLongLong();
    }
    (*q)->finish();
    return a;
}

std::expected<QString, QString> Testbed::createToken(const QString &inventoryctl, const QString &role)
{
    QProcess process;
    process.start(inventoryctl,
                  { QStringLiteral("--db"), m_conninfo, QStringLiteral("--json"), QStringLiteral("token"),
                    QStringLiteral("create"), QStringLiteral("--name"),
                    QStringLiteral("loadtest-%1-%2").arg(QCoreApplication::applicationPid()).arg(
                        QDateTime::currentMSecsSinceEpoch()),
                    QStringLiteral("--role"), role });
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return std::unexpected(QStringLiteral("%1 token create failed: %2")
                                   .arg(inventoryctl,
                                        QString::fromUtf8(process.readAllStandardError()).trimmed().left(300)));
    }
    const QJsonObject answer = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const QString token = answer.value(QStringLiteral("token")).toString();
    if (token.isEmpty())
        return std::unexpected(QStringLiteral("%1 token create printed no token.").arg(inventoryctl));
    return token;
}

// ----- the server process ---------------------------------------------------------------------

ServerProcess::~ServerProcess()
{
    if (isRunning())
        stop(10000);
}

std::expected<void, QString> ServerProcess::start(const QString &program, const QStringList &arguments,
                                                  const QString &logDirectory, int timeoutMs)
{
    m_logFile = QDir(logDirectory)
                    .filePath(QStringLiteral("inventory-loadtest-server-%1.log").arg(QCoreApplication::applicationPid()));
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_logFile, QIODevice::Truncate);
    // The server goes when we go, even if we are killed.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(10000))
        return std::unexpected(QStringLiteral("Cannot start %1: %2").arg(program, m_process.errorString()));
    // The log is a file, not a pipe: the access log of a long run can never fill a pipe and
    // block the server. The ready line is read back from it.
    static const QRegularExpression ready(QStringLiteral("listening on (http://[^\\s]+)"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QFile log(m_logFile);
        if (log.open(QIODevice::ReadOnly)) {
            const auto match = ready.match(QString::fromUtf8(log.read(64 * 1024)));
            if (match.hasMatch()) {
                m_url = match.captured(1);
                if (m_url.endsWith(QLatin1Char('/')))
                    m_url.chop(1);
                return {};
            }
        }
        if (m_process.waitForFinished(100)) {
            return std::unexpected(QStringLiteral("%1 exited with %2 before listening:\n%3")
                                       .arg(program)
                                       .arg(m_process.exitCode())
                                       .arg(logTail()));
        }
    }
    m_process.kill();
    m_process.waitForFinished(5000);
    return std::unexpected(QStringLiteral("%1 printed no 'listening on http://…' line within %2 s:\n%3")
                               .arg(program)
                               .arg(timeoutMs / 1000)
                               .arg(logTail()));
}

int ServerProcess::stop(int timeoutMs)
{
    if (!isRunning())
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    m_process.terminate(); // SIGTERM: stop accepting, finish what is in flight, exit 0
    if (m_process.waitForFinished(timeoutMs))
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    m_process.kill();
    m_process.waitForFinished(5000);
    return -1;
}

QString ServerProcess::logTail(int lines) const
{
    QFile log(m_logFile);
    if (!log.open(QIODevice::ReadOnly))
        return {};
    if (log.size() > 16384)
        log.seek(log.size() - 16384);
    QStringList all = QString::fromUtf8(log.readAll()).trimmed().split(QLatin1Char('\n'));
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(QLatin1Char('\n'));
}

// ----- the machine --------------------------------------------------------------------------

qint64 procStatusKb(qint64 pid, const char *field)
{
    if (pid <= 0)
        return 0;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).simplified().split(' ').value(0).toLongLong();
    }
    return 0;
}

double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return 0;
    // The command name, in parentheses, may hold spaces: the fields are counted after it.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields[11].toDouble() + fields[12].toDouble()) / ticks; // utime, stime (fields 14, 15)
}

MachineCpu machineCpu()
{
    QFile stat(QStringLiteral("/proc/stat"));
    MachineCpu cpu;
    if (!stat.open(QIODevice::ReadOnly))
        return cpu;
    // cpu  user nice system idle iowait irq softirq steal ...
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    for (qsizetype i = 1; i < fields.size() && i <= 8; ++i) {
        const double value = fields[i].toDouble() / ticks;
        cpu.total += value;
        if (i != 4 && i != 5) // idle, iowait
            cpu.busy += value;
    }
    return cpu;
}

double busyFraction(const MachineCpu &before, const MachineCpu &after)
{
    const double total = after.total - before.total;
    return total > 0 ? (after.busy - before.busy) / total : 0;
}

QString machineDescription()
{
    QString cpu;
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromLatin1(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    qint64 memoryKb = 0; // MemTotal, the first line of /proc/meminfo
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly))
        memoryKb = meminfo.readLine().simplified().split(' ').value(1).toLongLong();
    return QStringLiteral("%1 x %2, %3 GiB, %4")
        .arg(QThread::idealThreadCount())
        .arg(cpu.isEmpty() ? QSysInfo::currentCpuArchitecture() : cpu)
        .arg(double(memoryKb) / 1024.0 / 1024.0, 0, 'f', 0)
        .arg(QSysInfo::prettyProductName());
}

double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().split(' ').value(0).toDouble();
}

} // namespace loadtest
