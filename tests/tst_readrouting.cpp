// Reads on a hot standby, writes on the primary, over real servers on loopback sockets: which
// server libpq picks for each target_session_attrs, that a client reads its own writes however
// far the standby lags, and that a read cancelled by a replay conflict is run again.

#include "connection.h"
#include "operations.h"
#include "readrouting.h"
#include "testcluster.h"

#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

using namespace inventory;
using namespace std::chrono_literals;
using inventory::test::TestCluster;

namespace {
const QString db = QStringLiteral("tst_readrouting");

struct Served
{
    bool inRecovery = false;
    int port = 0;
};

Result<Served> whereServed(Connection &connection)
{
    auto q = connection.execute(QStringLiteral("SELECT pg_is_in_recovery(), current_setting('port')::int"), {},
                                Retry::Safe);
    if (!q)
        return std::unexpected(q.error());
    Served served;
    if ((*q)->next())
        served = { (*q)->value(0).toBool(), (*q)->value(1).toInt() };
    (*q)->finish();
    return served;
}

Result<qint64> standbyCount(LocalCluster &node, const QString &sql, const QVariantList &values)
{
    auto row = TestCluster::queryRow(node.settings(db), sql, values);
    if (!row)
        return std::unexpected(row.error());
    return row->isEmpty() ? -1 : row->first().toLongLong();
}
} // namespace

class tst_ReadRouting : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void hostChosenByTargetSessionAttrs_data();
    void hostChosenByTargetSessionAttrs();
    void readsOnStandbyWritesOnPrimary();
    void readSettingsTakeTheRestFromTheWriter();
    void badReadUriIsNamed();
    void ownWritesAreReadBackDespiteApplyDelay_data();
    void ownWritesAreReadBackDespiteApplyDelay();
    void replayConflictIsRetriedOnce();

private:
    LocalCluster *m_standby = nullptr;
};

void tst_ReadRouting::initTestCase()
{
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    auto standby = TestCluster::instance().standby();
    QVERIFY2(standby, standby ? "" : qPrintable(standby.error().message));
    m_standby = *standby;
    auto replayed = TestCluster::waitForReplay(TestCluster::instance().cluster(), *m_standby);
    QVERIFY2(replayed, replayed ? "" : qPrintable(replayed.error().message));
}

void tst_ReadRouting::cleanupTestCase()
{
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_ReadRouting::init()
{
    LocalCluster &primary = TestCluster::instance().cluster();
    configureRouting(TestCluster::onAll({ m_standby, &primary }, TestCluster::instance().manager(db)),
                     TestCluster::on(*m_standby, TestCluster::instance().manager(db)));
    setReadYourWritesWait(1s);
}

void tst_ReadRouting::hostChosenByTargetSessionAttrs_data()
{
    QTest::addColumn<bool>("standbyFirst");
    QTest::addColumn<QString>("attributes");
    QTest::addColumn<bool>("expectStandby");
    QTest::newRow("read-write, standby listed first") << true << "read-write" << false;
    QTest::newRow("read-write, primary listed first") << false << "read-write" << false;
    QTest::newRow("prefer-standby, primary listed first") << false << "prefer-standby" << true;
    QTest::newRow("prefer-standby, standby listed first") << true << "prefer-standby" << true;
    QTest::newRow("standby, primary listed first") << false << "standby" << true;
    QTest::newRow("primary, standby listed first") << true << "primary" << false;
    QTest::newRow("any takes the first listed") << true << "any" << true;
}

void tst_ReadRouting::hostChosenByTargetSessionAttrs()
{
    QFETCH(bool, standbyFirst);
    QFETCH(QString, attributes);
    QFETCH(bool, expectStandby);
    LocalCluster &primary = TestCluster::instance().cluster();
    const QList<const LocalCluster *> order = standbyFirst ? QList<const LocalCluster *> { m_standby, &primary }
                                                           : QList<const LocalCluster *> { &primary, m_standby };
    ConnectionSettings settings = TestCluster::onAll(order, TestCluster::instance().manager(db));
    settings.options.insert(QStringLiteral("target_session_attrs"), attributes);
    const ScopedConnectionSettings scoped(settings);
    auto served = whereServed(Connection::current());
    QVERIFY2(served, served ? "" : qPrintable(served.error().message));
    QCOMPARE(served->inRecovery, expectStandby);
    QCOMPARE(served->port, expectStandby ? m_standby->port() : primary.port());
    QCOMPARE(Connection::current().isStandby(), expectStandby);
}

void tst_ReadRouting::readsOnStandbyWritesOnPrimary()
{
    auto created = createItem({ QStringLiteral("Routed mug"), {}, 12, 100, QStringLiteral("Routing") });
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    auto reserved = reserve(created->id, 5, 10min, QStringLiteral("routing-1"));
    QVERIFY2(reserved, reserved ? "" : qPrintable(reserved.error().message));
    QCOMPARE(reserved->remainingQuantity, 7);

    auto read = item(created->id);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(read->quantity, 7);
    auto top = topItems(QStringLiteral("Routing"));
    QVERIFY(top);
    QCOMPARE(top->items.size(), 1);

    // The reads went to the standby, the writes to the primary.
    QVERIFY(Connection::forReading().isReader());
    auto onReader = whereServed(Connection::forReading());
    QVERIFY(onReader);
    QVERIFY(onReader->inRecovery);
    auto onWriter = whereServed(Connection::current());
    QVERIFY(onWriter);
    QVERIFY(!onWriter->inRecovery);
    QVERIFY(lastWritePosition() > 0);

    auto status = readStatus();
    QVERIFY2(status, status ? "" : qPrintable(status.error().message));
    QVERIFY(status->routed);
    QVERIFY(status->standby);
    QVERIFY2(status->server.contains(m_standby->socketDirectory()), qPrintable(status->server));
    QVERIFY(status->replayLagMs.has_value());
    QVERIFY(status->primaryProblem.isEmpty());
}

void tst_ReadRouting::readSettingsTakeTheRestFromTheWriter()
{
    ConnectionSettings write = TestCluster::instance().manager(db);
    auto read = ConnectionSettings::parse(
        QStringLiteral("host=%1,%2 port=%3,%4").arg(m_standby->socketDirectory(), QStringLiteral("/nonexistent")).arg(m_standby->port()).arg(5499));
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    const ConnectionSettings reader = readerSettings(write, *read);
    QCOMPARE(reader.user, write.user);
    QCOMPARE(reader.database, write.database);
    QCOMPARE(reader.options.value(QStringLiteral("target_session_attrs")), QStringLiteral("prefer-standby"));
    QCOMPARE(reader.options.value(QStringLiteral("sslmode")), write.options.value(QStringLiteral("sslmode")));
    // The same two servers, in this process's order, each with its own port.
    QList<HostPort> hosts = reader.hosts();
    QCOMPARE(hosts.size(), 2);
    QVERIFY(hosts.contains(HostPort { m_standby->socketDirectory(), m_standby->port() }));
    QVERIFY(hosts.contains(HostPort { QStringLiteral("/nonexistent"), 5499 }));
    QCOMPARE(readerSettings(write, *read).hosts(), hosts); // shuffled once per process, not per call

    const ConnectionSettings writer = writerSettings(TestCluster::onAll({ m_standby, &TestCluster::instance().cluster() }, write));
    QCOMPARE(writer.options.value(QStringLiteral("target_session_attrs")), QStringLiteral("read-write"));
    // One host: left as configured.
    QVERIFY(!writerSettings(write).options.contains(QStringLiteral("target_session_attrs")));

    // Unreachable first host, then the standby: reads are served.
    configureRouting(write, *read);
    auto categories = inventory::categories();
    QVERIFY2(categories, categories ? "" : qPrintable(categories.error().message));
    auto served = whereServed(Connection::forReading());
    QVERIFY(served);
    QVERIFY(served->inRecovery);
}

void tst_ReadRouting::badReadUriIsNamed()
{
    auto parsed = readSettingsFrom(QStringLiteral("postgresql://h:notaport/db"));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind, Error::Kind::InvalidInput);
    QVERIFY2(parsed.error().message.contains(QLatin1String("--read-db")), qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(QLatin1String("notaport")), qPrintable(parsed.error().message));

    auto mismatched = ConnectionSettings::parse(QStringLiteral("host=a,b,c port=1,2"));
    QVERIFY(!mismatched);
    QVERIFY2(mismatched.error().message.contains(QLatin1String("2 ports")), qPrintable(mismatched.error().message));

    qputenv(readDbVariable, "");
    auto none = readSettingsFrom({});
    QVERIFY(none);
    QVERIFY(!none->has_value());
    qputenv(readDbVariable, "host=/somewhere port=5433");
    auto fromEnvironment = readSettingsFrom({});
    qunsetenv(readDbVariable);
    QVERIFY(fromEnvironment && fromEnvironment->has_value());
    QCOMPARE((*fromEnvironment)->port, 5433);
}

void tst_ReadRouting::ownWritesAreReadBackDespiteApplyDelay_data()
{
    QTest::addColumn<int>("waitMs");
    // Shorter than the delay: read from the primary. Longer: the standby catches up first.
    QTest::newRow("standby too late: primary") << 200;
    QTest::newRow("standby in time: waited for") << 10000;
}

void tst_ReadRouting::ownWritesAreReadBackDespiteApplyDelay()
{
    QFETCH(int, waitMs);
    auto created = createItem({ QStringLiteral("Delayed mug %1").arg(waitMs), {}, 10, 100, QStringLiteral("Delayed") });
    QVERIFY(created);
    auto replayed = TestCluster::waitForReplay(TestCluster::instance().cluster(), *m_standby);
    QVERIFY(replayed);

    QVERIFY(m_standby->configure(QStringLiteral("recovery_min_apply_delay = '3s'")));
    // The reload has taken effect when the standby says so.
    QTRY_COMPARE_WITH_TIMEOUT(standbyCount(*m_standby, QStringLiteral("SELECT (current_setting('recovery_min_apply_delay') = '3s')::int"), {}).value_or(-1), 1, 10000);
    setReadYourWritesWait(std::chrono::milliseconds(waitMs));

    auto reserved = reserve(created->id, 4);
    QVERIFY2(reserved, reserved ? "" : qPrintable(reserved.error().message));
    // Read straight from the standby: it has not applied the reservation yet.
    auto onStandby = standbyCount(*m_standby, QStringLiteral("SELECT quantity FROM items WHERE id = $1"), { created->id });
    QVERIFY(onStandby);
    QCOMPARE(*onStandby, 10);
    // Through the routing, this client sees its own reservation.
    auto read = item(created->id);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(read->quantity, 6);
    QCOMPARE(read->reserved, 4);
    auto mine = blocks({ .itemId = created->id });
    QVERIFY(mine);
    QCOMPARE(mine->size(), 1);

    QVERIFY(m_standby->configure(QStringLiteral("recovery_min_apply_delay = 0")));
    QTRY_COMPARE_WITH_TIMEOUT(standbyCount(*m_standby, QStringLiteral("SELECT (current_setting('recovery_min_apply_delay') = '0')::int"), {}).value_or(-1), 1, 10000);
}

void tst_ReadRouting::replayConflictIsRetriedOnce()
{
    // No waiting for our query and no feedback: replay cancels what stands in its way.
    QVERIFY(m_standby->configure(QStringLiteral("max_standby_streaming_delay = 100ms\nhot_standby_feedback = off")));
    QTRY_COMPARE_WITH_TIMEOUT(standbyCount(*m_standby, QStringLiteral("SELECT (current_setting('max_standby_streaming_delay') = '100ms')::int"), {}).value_or(-1), 1, 10000);
    const QString conflictsSql = QStringLiteral("SELECT confl_lock FROM pg_stat_database_conflicts WHERE datname = $1");
    auto before = standbyCount(*m_standby, conflictsSql, { db });
    QVERIFY(before);

    const QString slowRead = QStringLiteral("SELECT count(*) FROM public.items, pg_sleep(1) AS s");
    QThreadPool pool;
    QFuture<Result<qint64>> reading = QtConcurrent::run(&pool, [&]() -> Result<qint64> {
        auto q = executeRead(slowRead, {});
        if (!q)
            return std::unexpected(q.error());
        const qint64 n = (*q)->next() ? (*q)->value(0).toLongLong() : -1;
        (*q)->finish();
        Connection::closeCurrent();
        return n;
    });
    // Once the read holds its lock on the standby (QPSQL's EXECUTE hides the text: it is the one
    // sleeping), the primary takes a lock that replay must wait for.
    QTRY_COMPARE_WITH_TIMEOUT(
        standbyCount(*m_standby, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep' AND datname = current_database()"), {}).value_or(-1),
        1, 10000);
    {
        const ScopedConnectionSettings asOwner(TestCluster::instance().owner(db));
        auto locked = Connection::current().executeScript(
            QStringLiteral("BEGIN; LOCK TABLE public.items IN ACCESS EXCLUSIVE MODE; COMMIT;"));
        QVERIFY2(locked, locked ? "" : qPrintable(locked.error().message));
    }
    const Result<qint64> result = reading.result();
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QVERIFY(*result >= 0); // a row came back
    // It was cancelled by replay (the standby counts it), and answered all the same.
    QTRY_VERIFY_WITH_TIMEOUT(standbyCount(*m_standby, conflictsSql, { db }).value_or(-1) > *before, 10000);

    QVERIFY(m_standby->configure(QStringLiteral("max_standby_streaming_delay = 30s\nhot_standby_feedback = on")));
}

QTEST_GUILESS_MAIN(tst_ReadRouting)
#include "tst_readrouting.moc"
