// What each role may do is decided by the server: the client's checks are only courtesy.
// Every test connects as the role itself.

#include "connection.h"
#include "operations.h"
#include "testcluster.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace inventory;
using namespace std::chrono_literals;
using inventory::test::TestCluster;

namespace {
const QString db = QStringLiteral("tst_roles");

enum class Role { Staff, Manager, Nobody };

ConnectionSettings settingsFor(Role role)
{
    TestCluster &cluster = TestCluster::instance();
    switch (role) {
    case Role::Staff:
        return cluster.staff(db);
    case Role::Manager:
        return cluster.manager(db);
    case Role::Nobody:
        return cluster.nobody(db);
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Role)

class tst_Roles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void managerOperationsNeedAManager_data();
    void managerOperationsNeedAManager();
    void serverRefusesEvenWithoutTheClient_data();
    void serverRefusesEvenWithoutTheClient();
    void staffMayBrowseCreateAndReserve();
    void managerMayDoEverything();

private:
    qint64 m_item = 0;
    qint64 m_block = 0;
};

void tst_Roles::initTestCase()
{
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().manager(db));
    auto item = createItem({ QStringLiteral("Glass vase"), {}, 50, 1500, QStringLiteral("Home") });
    QVERIFY(item);
    m_item = item->id;
    auto block = reserve(m_item, 2);
    QVERIFY(block);
    m_block = block->blockId;
    QVERIFY(TestCluster::instance().ownerExec(
        db,
        QStringLiteral("UPDATE block_inventory SET expires_at = now() - interval '1 minute' WHERE id = $1"),
        { (*reserve(m_item, 1)).blockId }));
}

void tst_Roles::cleanupTestCase()
{
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_Roles::managerOperationsNeedAManager_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("message");
    for (Role role : { Role::Staff, Role::Nobody }) {
        const char *who = role == Role::Staff ? "staff" : "nobody";
        QTest::addRow("%s confirms", who) << role << "confirm"
                                          << "Only managers can confirm reservations.";
        QTest::addRow("%s releases", who) << role << "release"
                                          << "Only managers can release reservations.";
        QTest::addRow("%s extends", who) << role << "extend"
                                         << "Only managers can extend reservations.";
        QTest::addRow("%s cleans up", who) << role << "cleanup"
                                           << "Only managers can clean up expired reservations.";
    }
    QTest::addRow("nobody reserves") << Role::Nobody << "reserve"
                                     << "Only members of inventory_staff can reserve items.";
    QTest::addRow("nobody creates") << Role::Nobody << "create"
                                    << "Only members of inventory_staff can create items.";
}

void tst_Roles::managerOperationsNeedAManager()
{
    QFETCH(Role, role);
    QFETCH(QString, operation);
    QFETCH(QString, message);
    const QString before = TestCluster::instance().stateFingerprint(db);
    QVERIFY(!before.isEmpty());
    const ScopedConnectionSettings as(settingsFor(role));
    Error error;
    if (operation == QLatin1String("confirm"))
        error = confirm(m_block).error();
    else if (operation == QLatin1String("release"))
        error = release(m_block).error();
    else if (operation == QLatin1String("extend"))
        error = extend(m_block, 10min).error();
    else if (operation == QLatin1String("cleanup"))
        error = cleanupExpired().error();
    else if (operation == QLatin1String("reserve"))
        error = reserve(m_item, 1).error();
    else
        error = createItem({ QStringLiteral("x"), {}, 1, 1, {} }).error();
    QCOMPARE(error.kind, Error::Kind::PermissionDenied);
    QCOMPARE(error.message, message);
    QCOMPARE(error.sqlState, QStringLiteral("42501")); // the server said no, not the client
    QCOMPARE(TestCluster::instance().stateFingerprint(db), before);
}

void tst_Roles::serverRefusesEvenWithoutTheClient_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("confirm") << "SELECT * FROM inventory.confirm($1)";
    QTest::newRow("release") << "SELECT * FROM inventory.release($1)";
    QTest::newRow("extend") << "SELECT * FROM inventory.extend($1, interval '1 hour')";
    QTest::newRow("cleanup") << "SELECT * FROM inventory.cleanup_expired($1::int)";
    QTest::newRow("direct release") << "DELETE FROM block_inventory WHERE id = $1";
    QTest::newRow("direct confirm")
        << "UPDATE block_inventory SET is_permanent = true, expires_at = NULL WHERE id = $1";
}

void tst_Roles::serverRefusesEvenWithoutTheClient()
{
    QFETCH(QString, sql);
    const QString before = TestCluster::instance().stateFingerprint(db);
    const ScopedConnectionSettings asStaff(settingsFor(Role::Staff));
    QVERIFY(Connection::current().ensureOpen());
    QSqlQuery query(Connection::current().database());
    QVERIFY(query.prepare(sql));
    query.bindValue(0, m_block);
    QVERIFY(!query.exec());
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QCOMPARE(TestCluster::instance().stateFingerprint(db), before);
}

void tst_Roles::staffMayBrowseCreateAndReserve()
{
    const ScopedConnectionSettings asStaff(settingsFor(Role::Staff));
    QVERIFY(item(m_item));
    QVERIFY(topItems(QStringLiteral("Home")));
    QVERIFY(categories());
    QVERIFY(blocks());
    QVERIFY(expiredSummary());
    auto created = createItem({ QStringLiteral("Staff item"), {}, 3, 100, QStringLiteral("Home") });
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    auto reserved = reserve(created->id, 1);
    QVERIFY2(reserved, reserved ? "" : qPrintable(reserved.error().message));
    auto session = sessionInfo();
    QVERIFY(session && session->isStaff && !session->isManager);
}

void tst_Roles::managerMayDoEverything()
{
    auto e = extend(m_block, 10min);
    QVERIFY2(e, e ? "" : qPrintable(e.error().message));
    auto c = confirm(m_block);
    QVERIFY2(c, c ? "" : qPrintable(c.error().message));
    auto r = reserve(m_item, 1);
    QVERIFY(r);
    QVERIFY(release(r->blockId));
    auto cleaned = cleanupExpired();
    QVERIFY(cleaned);
    QCOMPARE(cleaned->blocksRemoved, 1);
}

QTEST_GUILESS_MAIN(tst_Roles)
#include "tst_roles.moc"
