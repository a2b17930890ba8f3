#pragma once

#include "connectionsettings.h"
#include "localcluster.h"
#include "scenarios.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <expected>
#include <functional>
#include <memory>

namespace loadtest {

/// The database the run uses, and what it put there.
class Testbed
{
public:
    struct Options
    {
        QString db; ///< empty: a throw-away cluster (durable, like `inventoryctl bench`)
        qint64 items = 50000; ///< created for the run; 0 with --db: use what is there
        int categories = 25;
        int maxConnections = 100; ///< the throw-away cluster's, raised for many direct clients
    };

    using Progress = std::function<void(const QString &)>;

    explicit Testbed(Progress progress) : m_progress(std::move(progress)) { }
    ~Testbed();
    Testbed(const Testbed &) = delete;
    Testbed &operator=(const Testbed &) = delete;

    /// Starts or reaches the database, migrates a throw-away one, creates the items (stocked so
    /// that no phase runs out: a receipt booked in the ledger, not a bare UPDATE) and reads the
    /// ids and categories back. Leaves this thread, and every thread's default, connected as
    /// the set-up role (the owner of a throw-away cluster).
    std::expected<void, QString> prepare(const Options &options);

    /// A new item with `quantity` units for the flash-sale phase; its id.
    std::expected<qint64, QString> createHotItem(qint64 quantity);
    /// The item's quantity, and its blocks' count and units: nothing taken without a block.
    struct Accounting
    {
        qint64 quantity = 0;
        qint64 blocks = 0;
        qint64 blockedUnits = 0;
    };
    std::expected<Accounting, QString> accounting(qint64 itemId);

    /// A token for the server: `inventoryctl --db … token create --role ROLE --json`.
    std::expected<QString, QString> createToken(const QString &inventoryctl, const QString &role);

    /// The libpq connection string the server and inventoryctl get as --db.
    QString conninfo() const { return m_conninfo; }
    bool throwAway() const { return bool(m_cluster); }
    const Catalogue &catalogue() const { return m_catalogue; }
    /// The server's max_connections.
    int maxConnections() const { return m_maxConnections; }

    /// Stops a throw-away cluster (after every connection to it is gone).
    void tearDown();

private:
    Progress m_progress;
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<inventory::LocalCluster> m_cluster;
    QString m_conninfo;
    Catalogue m_catalogue;
    int m_maxConnections = 0;
};

/// The inventory-server process the benchmark starts and stops.
class ServerProcess
{
public:
    ~ServerProcess();

    /// Runs `program --db DB --listen 127.0.0.1:0 --workers N [extra]` with its output going to
    /// a log file, and waits for its "listening on http://…" line.
    std::expected<void, QString> start(const QString &program, const QStringList &arguments,
                                       const QString &logDirectory, int timeoutMs = 60000);
    /// SIGTERM, then waits for the drain; the exit code (-1 when it had to be killed).
    int stop(int timeoutMs = 30000);

    QString url() const { return m_url; }
    qint64 pid() const { return m_process.processId(); }
    QString logFile() const { return m_logFile; }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    /// The last lines of its log, for error messages.
    QString logTail(int lines = 15) const;

private:
    QProcess m_process;
    QString m_url;
    QString m_logFile;
};

/// A /proc/PID/status field in KiB ("VmRSS", "VmHWM"); 0 when the process is gone.
qint64 procStatusKb(qint64 pid, const char *field);
/// User + system CPU seconds the process has used (/proc/PID/stat).
double cpuSeconds(qint64 pid);

/// The whole machine's CPU time so far (/proc/stat), in seconds of all cores: busy, and in all.
struct MachineCpu
{
    double busy = 0;
    double total = 0;
};
MachineCpu machineCpu();
/// The busy share of the machine's cores between two readings, 0..1.
double busyFraction(const MachineCpu &before, const MachineCpu &after);

/// "2 x AMD EPYC …, 24 GiB, Debian GNU/Linux 12 (bookworm)"
QString machineDescription();
/// The 1-minute load average before a run: other work on the machine shows in the figures.
double loadAverage();

} // namespace loadtest
