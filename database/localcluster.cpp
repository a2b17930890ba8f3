#include "localcluster.h"

#include "connection.h"
#include "demodata.h"
#include "logging.h"
#include "migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVersionNumber>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("inventory::LocalCluster", text);
}

// The same context for the free functions: lupdate files a bare tr() there under the namespace,
// so they say ClusterText::tr().
struct ClusterText
{
    Q_DECLARE_TR_FUNCTIONS(inventory::LocalCluster)
};

// PostgreSQL refuses to run as root; then the server runs as this account (Debian's package
// creates it).
const char serverAccount[] = "postgres";

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// The server account must own the cluster's directories when we are root.
Result<void> handOver(const QString &path)
{
    if (!runningAsRoot())
        return {};
    const passwd *account = ::getpwnam(serverAccount);
    if (!account) {
        return std::unexpected(Error::server(
            ClusterText::tr(
                "Running as root, the local PostgreSQL server must run as the '%1' account, which does not "
                "exist. Install the postgresql package, or run as an ordinary user.")
                .arg(QLatin1String(serverAccount))));
    }
    if (::chown(QFile::encodeName(path).constData(), account->pw_uid, account->pw_gid) != 0) {
        return std::unexpected(Error::server(
            ClusterText::tr("Cannot hand %1 to the '%2' account: %3")
                .arg(path, QLatin1String(serverAccount), QString::fromLocal8Bit(strerror(errno)))));
    }
    return {};
}

Result<void> makePrivateDirectory(const QString &path)
{
    if (!QDir().mkpath(path))
        return std::unexpected(Error::server(ClusterText::tr("Cannot create the directory %1.").arg(path)));
    if (::chmod(QFile::encodeName(path).constData(), 0700) != 0)
        return std::unexpected(Error::server(ClusterText::tr("Cannot make %1 private.").arg(path)));
    return handOver(path);
}

} // namespace

LocalCluster::LocalCluster(const QString &rootDirectory, Options options)
    : m_root(QDir::cleanPath(QDir(rootDirectory).absolutePath())), m_options(options)
{
}

QString LocalCluster::defaultRootDirectory()
{
    const QString configured = qEnvironmentVariable("INVENTORY_LOCAL_CLUSTER_DIR");
    if (!configured.isEmpty())
        return configured;
    // Root's home is closed to the server account, so root's cluster lives where it can reach.
    if (runningAsRoot())
        return QStringLiteral("/var/lib/inventory-desk/local-cluster");
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/inventory-desk/local-cluster");
}

QString LocalCluster::dataDirectory() const
{
    return m_root + QStringLiteral("/data");
}

QString LocalCluster::socketDirectory() const
{
    return m_root + QStringLiteral("/socket");
}

QString LocalCluster::logFile() const
{
    return m_root + QStringLiteral("/server.log");
}

QString LocalCluster::currentOsUser()
{
    if (const passwd *account = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(account->pw_name);
    return qEnvironmentVariable("USER", QStringLiteral("inventory"));
}

ConnectionSettings LocalCluster::settings(const QString &database, const QString &user) const
{
    ConnectionSettings settings;
    settings.host = socketDirectory();
    settings.port = port();
    settings.database = database;
    settings.user = user.isEmpty() ? ownerRole() : user;
    // Ignore a PGPASSWORD or sslmode meant for another server.
    settings.options.insert(QStringLiteral("sslmode"), QStringLiteral("disable"));
    return settings;
}

Result<QString> serverBinDirectory()
{
    // Debian installs the server binaries per major version, outside PATH.
    QVersionNumber best;
    QString bestDir;
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    for (const QString &entry : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString dir = versions.filePath(entry) + QStringLiteral("/bin");
        const QVersionNumber version = QVersionNumber::fromString(entry);
        if (QFile::exists(dir + QStringLiteral("/pg_ctl")) && version > best) {
            best = version;
            bestDir = dir;
        }
    }
    if (!bestDir.isEmpty())
        return bestDir;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("pg_ctl"));
    if (!onPath.isEmpty())
        return QFileInfo(onPath).absolutePath();
    return std::unexpected(Error::server(ClusterText::tr(
        "The PostgreSQL server is not installed (no pg_ctl found). On Debian: apt-get install postgresql.")));
}

Result<ToolRun> LocalCluster::run(const QString &tool, const QStringList &arguments, int timeoutMs) const
{
    const auto bin = serverBinDirectory();
    if (!bin)
        return std::unexpected(bin.error());
    qCDebug(lcCluster) << "running" << tool << arguments;
    return runTool(*bin + QLatin1Char('/') + tool, arguments, m_root, true, timeoutMs);
}

Result<ToolRun> runTool(const QString &program, const QStringList &arguments, const QString &workingDirectory,
                        bool asServerAccount, int timeoutMs)
{
    QProcess process;
    QString executable = program;
    QStringList args = arguments;
    if (asServerAccount && runningAsRoot()) {
        args = QStringList { QStringLiteral("-u"), QLatin1String(serverAccount), QStringLiteral("--"), program }
            + arguments;
        executable = QStringLiteral("runuser");
    }
    // The server account may not be allowed into the caller's working directory.
    process.setWorkingDirectory(workingDirectory);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : { QStringLiteral("PGDATA"), QStringLiteral("PGPORT"), QStringLiteral("PGHOST") })
        environment.remove(name);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(executable, args);
    if (!process.waitForStarted(10000))
        return std::unexpected(
            Error::server(ClusterText::tr("Cannot start %1: %2").arg(executable, process.errorString())));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return std::unexpected(Error::server(ClusterText::tr("%1 did not finish within %2 s.")
                                                 .arg(QFileInfo(program).fileName())
                                                 .arg(timeoutMs / 1000)));
    }
    ToolRun result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return result;
}

Result<LocalCluster::State> LocalCluster::state() const
{
    if (!QFile::exists(dataDirectory() + QStringLiteral("/PG_VERSION")))
        return State::Missing;
    const auto status =
        run(QStringLiteral("pg_ctl"), { QStringLiteral("status"), QStringLiteral("-D"), dataDirectory() });
    if (!status)
        return std::unexpected(status.error());
    // pg_ctl status: 0 running, 3 not running, 4 no usable data directory.
    if (status->exitCode == 0)
        return State::Running;
    if (status->exitCode == 3)
        return State::Stopped;
    return std::unexpected(Error::server(
        tr("Cannot tell whether the local server in %1 runs: %2").arg(dataDirectory(), status->output)));
}

Result<void> LocalCluster::create()
{
    qCInfo(lcCluster) << "creating a local cluster in" << m_root;
    for (const QString &dir : { m_root, socketDirectory() }) {
        if (auto made = makePrivateDirectory(dir); !made)
            return made;
    }
    QStringList arguments { QStringLiteral("--pgdata=") + dataDirectory(), QStringLiteral("--username=") + ownerRole(),
                            QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=reject"),
                            QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C.UTF-8"),
                            QStringLiteral("--no-instructions") };
    if (m_options.rewindable)
        arguments << QStringLiteral("--data-checksums");
    const auto initdb = run(QStringLiteral("initdb"), arguments);
    if (!initdb)
        return std::unexpected(initdb.error());
    if (initdb->exitCode != 0) {
        return std::unexpected(Error::server(
            tr("initdb could not create the local cluster in %1: %2").arg(dataDirectory(), initdb->output)));
    }

    return writeOwnSettings();
}

// Appended, so they win over what a base backup or pg_rewind copied from another cluster.
Result<void> LocalCluster::writeOwnSettings()
{
    // Unix socket only, in a directory only the owner can enter: nobody else can connect, so
    // local trust authentication is safe.
    QString conf = QStringLiteral("\n# Inventory Desk local cluster\n"
                                  "listen_addresses = ''\n"
                                  "unix_socket_directories = '%1'\n"
                                  "unix_socket_permissions = 0700\n"
                                  "port = %2\n"
                                  "max_connections = 100\n"
                                  "shared_buffers = %3\n"
                                  "logging_collector = off\n")
                       .arg(socketDirectory())
                       .arg(port())
                       .arg(m_options.sharedBuffers);
    // pg_rewind reads the old primary's WAL back to the last checkpoint both share: keep it.
    if (m_options.rewindable)
        conf += QStringLiteral("wal_keep_size = '256MB'\n");
    if (!m_options.durable)
        conf += m_options.rewindable ? QStringLiteral("fsync = off\n") : QStringLiteral("fsync = off\nfull_page_writes = off\n");
    return configure(conf);
}

Result<void> LocalCluster::configure(const QString &lines)
{
    QFile file(dataDirectory() + QStringLiteral("/postgresql.conf"));
    // Root may write the server account's file; the server only needs to read it.
    if (!file.open(QIODevice::Append) || file.write(lines.toUtf8() + '\n') < 0)
        return std::unexpected(Error::server(tr("Cannot configure %1.").arg(file.fileName())));
    file.close();
    auto current = state();
    if (!current)
        return std::unexpected(current.error());
    if (*current != State::Running)
        return {};
    return runChecked(QStringLiteral("pg_ctl"), { QStringLiteral("reload"), QStringLiteral("-D"), dataDirectory() },
                      QStringLiteral("pg_ctl reload"));
}

Result<void> LocalCluster::runChecked(const QString &tool, const QStringList &arguments, const QString &what) const
{
    const auto ran = run(tool, arguments, 300000);
    if (!ran)
        return std::unexpected(ran.error());
    if (ran->exitCode != 0)
        return std::unexpected(Error::server(tr("%1 failed for %2: %3").arg(what, dataDirectory(), ran->output)));
    return {};
}

Result<void> LocalCluster::createStandbyOf(const LocalCluster &primary)
{
    if (QFile::exists(dataDirectory() + QStringLiteral("/PG_VERSION")))
        return std::unexpected(Error::server(tr("%1 holds a cluster already; a standby starts empty.").arg(dataDirectory())));
    for (const QString &dir : { m_root, socketDirectory() }) {
        if (auto made = makePrivateDirectory(dir); !made)
            return made;
    }
    // -R writes standby.signal and primary_conninfo; -X stream brings the WAL of the backup along.
    if (auto copied = runChecked(
            QStringLiteral("pg_basebackup"),
            { QStringLiteral("--pgdata=") + dataDirectory(), QStringLiteral("--host=") + primary.socketDirectory(),
              QStringLiteral("--port=") + QString::number(primary.port()), QStringLiteral("--username=") + ownerRole(),
              QStringLiteral("--write-recovery-conf"), QStringLiteral("--wal-method=stream"),
              QStringLiteral("--checkpoint=fast"), QStringLiteral("--no-password") },
            QStringLiteral("pg_basebackup"));
        !copied)
        return copied;
    return writeOwnSettings();
}

Result<void> LocalCluster::promote()
{
    return runChecked(QStringLiteral("pg_ctl"),
                      { QStringLiteral("promote"), QStringLiteral("-D"), dataDirectory(), QStringLiteral("-w"),
                        QStringLiteral("-t"), QStringLiteral("120") },
                      QStringLiteral("pg_ctl promote"));
}

Result<void> LocalCluster::rewindFrom(const LocalCluster &source)
{
    const QString conninfo = QStringLiteral("host=%1 port=%2 user=%3 dbname=postgres")
                                 .arg(source.socketDirectory())
                                 .arg(source.port())
                                 .arg(ownerRole());
    {
        // A just promoted server's control file still names the old timeline until its first
        // checkpoint; pg_rewind would see no divergence and leave the old primary ahead.
        const ScopedConnectionSettings asOwner(source.settings(QStringLiteral("postgres")));
        if (auto checkpoint = Connection::current().executeScript(QStringLiteral("CHECKPOINT")); !checkpoint)
            return checkpoint;
    }
    // pg_rewind first recovers a cluster that was not shut down cleanly (it runs postgres --single).
    if (auto rewound = runChecked(QStringLiteral("pg_rewind"),
                                  { QStringLiteral("--target-pgdata=") + dataDirectory(),
                                    QStringLiteral("--source-server=") + conninfo,
                                    QStringLiteral("--write-recovery-conf") },
                                  QStringLiteral("pg_rewind"));
        !rewound)
        return rewound;
    // It copied the source's configuration files, socket and port included.
    return writeOwnSettings();
}

Result<void> LocalCluster::start()
{
    qCInfo(lcCluster) << "starting the local cluster in" << m_root;
    const auto started =
        run(QStringLiteral("pg_ctl"),
            { QStringLiteral("start"), QStringLiteral("-D"), dataDirectory(), QStringLiteral("-l"), logFile(),
              QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("120") },
            150000);
    if (!started)
        return std::unexpected(started.error());
    if (started->exitCode != 0) {
        QFile log(logFile());
        QString tail;
        if (log.open(QIODevice::ReadOnly))
            tail = QString::fromLocal8Bit(log.readAll().right(2000));
        return std::unexpected(Error::server(tr("The local PostgreSQL server in %1 did not start: %2\n%3")
                                                 .arg(dataDirectory(), started->output, tail)));
    }
    return {};
}

Result<void> LocalCluster::ensureRunning()
{
    if (!QDir().mkpath(m_root))
        return std::unexpected(Error::server(tr("Cannot create the directory %1.").arg(m_root)));
    // Two programs starting at once (the app and a scheduled cleanup) must not both initdb.
    QLockFile lock(m_root + QStringLiteral("/.inventory-desk.lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(180000))
        return std::unexpected(Error::server(tr("Another program holds %1.").arg(lock.fileName())));

    auto current = state();
    if (!current)
        return std::unexpected(current.error());
    if (*current == State::Running)
        return {};
    if (*current == State::Missing) {
        if (auto created = create(); !created)
            return created;
    }
    return start();
}

Result<void> LocalCluster::stop(StopMode mode)
{
    auto current = state();
    if (!current)
        return std::unexpected(current.error());
    if (*current != State::Running)
        return {};
    const auto stopped =
        run(QStringLiteral("pg_ctl"),
            { QStringLiteral("stop"), QStringLiteral("-D"), dataDirectory(), QStringLiteral("-m"),
              mode == StopMode::Immediate ? QStringLiteral("immediate") : QStringLiteral("fast"),
              QStringLiteral("-w") });
    if (!stopped)
        return std::unexpected(stopped.error());
    if (stopped->exitCode != 0)
        return std::unexpected(
            Error::server(tr("pg_ctl could not stop the local server: %1").arg(stopped->output)));
    return {};
}

Result<ConnectionSettings> prepareLocalDefault(LocalCluster &cluster)
{
    if (auto running = cluster.ensureRunning(); !running)
        return std::unexpected(running.error());

    const QString databaseName = QStringLiteral("inventory");
    const QString user = LocalCluster::currentOsUser();
    {
        const ScopedConnectionSettings asOwner(cluster.settings(QStringLiteral("postgres")));
        auto exists = Connection::current().execute(
            QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = $1"), { databaseName },
            Retry::Safe);
        if (!exists)
            return std::unexpected(exists.error());
        const bool missing = (*exists)->next() && (*exists)->value(0).toInt() == 0;
        (*exists)->finish();
        if (missing) {
            // CREATE DATABASE takes no parameters; the name is our constant.
            if (auto created =
                    Connection::current().executeScript(QStringLiteral("CREATE DATABASE inventory"));
                !created && created.error().sqlState != QLatin1String("42P04")) { // created meanwhile
                return std::unexpected(created.error());
            }
        }
    }
    {
        const ScopedConnectionSettings asOwner(cluster.settings(databaseName));
        if (auto migrated = migrate(); !migrated)
            return std::unexpected(migrated.error());
        // The person at the keyboard owns this database: they log in as a manager.
        if (auto granted = Connection::current().execute(
                QStringLiteral("SELECT inventory.grant_login($1, 'inventory_manager')"), { user });
            !granted) {
            return std::unexpected(granted.error());
        } else {
            (*granted)->finish();
        }
        if (auto seeded = seedDemoDataIfEmpty(user); !seeded)
            return std::unexpected(seeded.error());
    }
    Connection::closeCurrent();
    return cluster.settings(databaseName, user);
}

} // namespace inventory
