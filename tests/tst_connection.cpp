// Connections: libpq's conventions (PG* variables), one per thread, and what happens when the
// server goes away and comes back.

#include "connection.h"
#include "operations.h"
#include "testcluster.h"

#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

using namespace inventory;
using inventory::test::TestCluster;

namespace {
const QString db = QStringLiteral("tst_connection");
}

class tst_Connection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void environmentVariablesAreHonoured();
    void eachThreadHasItsOwnConnection();
    void unreachableServerIsAClearError();
    void reconnectsAfterRestart_data();
    void reconnectsAfterRestart();
    void writeDuringOutageChangesNothing();

private:
    qint64 m_item = 0;
};

void tst_Connection::initTestCase()
{
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().manager(db));
    auto item = createItem({ QStringLiteral("Lamp"), {}, 20, 100, QStringLiteral("Lighting") });
    QVERIFY(item);
    m_item = item->id;
}

void tst_Connection::cleanupTestCase()
{
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_Connection::environmentVariablesAreHonoured()
{
    const ConnectionSettings staff = TestCluster::instance().staff(db);
    qputenv("PGHOST", staff.host.toUtf8());
    qputenv("PGPORT", QByteArray::number(staff.port));
    qputenv("PGUSER", "tst_staff");
    qputenv("PGDATABASE", db.toUtf8());
    QVERIFY(ConnectionSettings::environmentNamesAServer());
    {
        // Empty settings: libpq fills in everything from the environment.
        const ScopedConnectionSettings fromEnvironment { ConnectionSettings() };
        auto session = sessionInfo();
        QVERIFY2(session, session ? "" : qPrintable(session.error().message));
        QCOMPARE(session->user, QStringLiteral("tst_staff"));
        QCOMPARE(session->database, db);
    }
    for (const char *name : { "PGHOST", "PGPORT", "PGUSER", "PGDATABASE" })
        qunsetenv(name);
    QVERIFY(!ConnectionSettings::environmentNamesAServer());
}

void tst_Connection::eachThreadHasItsOwnConnection()
{
    auto backendPid = [] {
        auto q = Connection::current().execute(QStringLiteral("SELECT pg_backend_pid()"), {}, Retry::Safe);
        const int pid = q && (*q)->next() ? (*q)->value(0).toInt() : -1;
        if (q)
            (*q)->finish();
        return pid;
    };
    const int here = backendPid();
    const int there = QtConcurrent::run([&] {
                          const int pid = backendPid();
                          Connection::closeCurrent();
                          return pid;
                      }).result();
    QVERIFY(here > 0);
    QVERIFY(there > 0);
    QVERIFY(here != there);
    QCOMPARE(backendPid(), here); // the same connection on the next call: no reconnect per call
}

void tst_Connection::unreachableServerIsAClearError()
{
    ConnectionSettings nowhere = TestCluster::instance().manager(db);
    nowhere.host = QDir::tempPath() + QStringLiteral("/no-such-socket-dir");
    const ScopedConnectionSettings as(nowhere);
    auto result = item(m_item);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Error::Kind::Connection);
    QVERIFY(result.error().isRetryable());
    QVERIFY2(result.error().message.contains(QLatin1String("no-such-socket-dir")),
             qPrintable(result.error().message));
}

void tst_Connection::reconnectsAfterRestart_data()
{
    QTest::addColumn<bool>("immediate");
    QTest::newRow("fast shutdown") << false;
    QTest::newRow("crash (immediate)") << true;
}

void tst_Connection::reconnectsAfterRestart()
{
    QFETCH(bool, immediate);
    QVERIFY(item(m_item)); // an open, idle connection
    QVERIFY(TestCluster::instance().stopServer(immediate));

    auto during = item(m_item);
    QVERIFY(!during);
    QCOMPARE(during.error().kind, Error::Kind::Connection);

    QVERIFY(TestCluster::instance().startServer());
    // The next call reconnects by itself: no error for the caller to handle.
    auto after = item(m_item);
    QVERIFY2(after, after ? "" : qPrintable(after.error().message));
    QCOMPARE(after->id, m_item);

    // Also when the connection sat idle through the whole restart (the socket closed under it).
    QVERIFY(item(m_item));
    QVERIFY(TestCluster::instance().stopServer(immediate));
    QVERIFY(TestCluster::instance().startServer());
    auto write = reserve(m_item, 1);
    QVERIFY2(write, write ? "" : qPrintable(write.error().message));
    QVERIFY(release(write->blockId));
}

void tst_Connection::writeDuringOutageChangesNothing()
{
    const int before = item(m_item)->quantity;
    QVERIFY(TestCluster::instance().stopServer(true));
    auto r = reserve(m_item, 2);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Connection);
    QVERIFY(TestCluster::instance().startServer());
    QCOMPARE(item(m_item)->quantity, before);
}

QTEST_GUILESS_MAIN(tst_Connection)
#include "tst_connection.moc"
