#pragma once

#include "connectionsettings.h"
#include "error.h"
#include "localcluster.h"

#include <QTemporaryDir>
#include <QVariantList>
#include <memory>

namespace inventory::test {

/// A throw-away PostgreSQL cluster for one test process: created with initdb in a temporary
/// directory on first use, stopped and removed when the process ends. Real PostgreSQL, the
/// same code path as the app's local default.
///
/// Login roles: the owner is the cluster's superuser (inventory_owner), `tst_staff` is a
/// member of inventory_staff, `tst_manager` of inventory_manager, `tst_nobody` of neither.
class TestCluster
{
public:
    static TestCluster &instance();
    ~TestCluster();

    LocalCluster &cluster() { return *m_cluster; }

    /// Stops the server; call from cleanupTestCase() while the application object still exists.
    void shutdown();

    /// A fresh, migrated database (dropped first if it exists). Fails the caller's test via the
    /// returned error when the cluster cannot be had.
    Result<void> createDatabase(const QString &name);
    /// An empty database, with no schema: for migrating from scratch.
    Result<void> createEmptyDatabase(const QString &name);
    Result<void> dropDatabase(const QString &name);

    ConnectionSettings owner(const QString &database) const;
    ConnectionSettings staff(const QString &database) const;
    ConnectionSettings manager(const QString &database) const;
    ConnectionSettings nobody(const QString &database) const;

    /// Runs one statement as the owner on `database` from the calling thread, values bound.
    Result<QVariantList> ownerQueryRow(const QString &database, const QString &sql,
                                       const QVariantList &values = {});
    /// Runs one statement with `settings` (any node, any login) from the calling thread: its first row.
    static Result<QVariantList> queryRow(const ConnectionSettings &settings, const QString &sql,
                                         const QVariantList &values = {});
    Result<void> ownerExec(const QString &database, const QString &sql, const QVariantList &values = {});

    /// A fingerprint of everything an operation could change in `database` (items, blocks, the
    /// history's length, the category counts): equal before and after means nothing changed.
    QString stateFingerprint(const QString &database);

    /// A postgresql:// URI for `settings`, for child processes (inventoryctl --db ...).
    static QString uri(const ConnectionSettings &settings);

    /// A hot standby of cluster() on port 5433 (pg_basebackup -R, its own directory), created and
    /// started on first use; for read routing and failover tests. Databases made before it are on
    /// it too; later ones arrive by replication.
    Result<LocalCluster *> standby();
    /// `settings` with the host and port of `node` (the same login and database there).
    static ConnectionSettings on(const LocalCluster &node, ConnectionSettings settings);
    /// `settings` with the host list of `nodes`, in that order.
    static ConnectionSettings onAll(const QList<const LocalCluster *> &nodes, ConnectionSettings settings);
    /// Waits (bounded) until `node` has replayed everything cluster-wide written so far on `primary`.
    static Result<void> waitForReplay(LocalCluster &primary, LocalCluster &node);

    /// Stops / starts the server (fault tests): `immediate` is pg_ctl stop -m immediate.
    Result<void> stopServer(bool immediate);
    Result<void> startServer();

private:
    TestCluster();
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<LocalCluster> m_cluster;
    std::unique_ptr<LocalCluster> m_standby;
    std::optional<Error> m_startError;
    bool m_shutDown = false;
};

} // namespace inventory::test
