// Stress under faults: several worker processes (inventory_stress_worker), each with several
// threads, run a random mix of every operation on a few hot items and many others, while the
// server is crashed (pg_ctl stop -m immediate) and restarted and one worker is killed with
// SIGKILL. Afterwards the server's state and history are checked against the invariants and
// against every operation the workers journaled as acknowledged.
//
// Short by default (CTest label `stress`); INVENTORY_STRESS_SECONDS makes it long (label `long`
// runs 600 s). INVENTORY_STRESS_WORKERS / INVENTORY_STRESS_THREADS change the load.
// The figures are printed for docs/RELIABILITY.md.

#include "connection.h"
#include "journal.h"
#include "operations.h"
#include "stock.h"
#include "testcluster.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <array>
#include <csignal>

using namespace inventory;
using namespace inventory::stress;
using inventory::test::TestCluster;

namespace {
const QString db = QStringLiteral("tst_stress");

int setting(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

QString workerProgram()
{
    const QString configured = qEnvironmentVariable("INVENTORY_STRESS_WORKER");
    if (!configured.isEmpty())
        return configured;
    return QCoreApplication::applicationDirPath() + QStringLiteral("/inventory_stress_worker");
}

qint64 ownerCount(const QString &sql, const QVariantList &values = {})
{
    auto row = TestCluster::instance().ownerQueryRow(db, sql, values);
    if (!row) {
        qWarning().noquote() << "check failed to run:" << row.error().message;
        return -1;
    }
    return row->isEmpty() ? -1 : row->first().toLongLong();
}

// A Postgres array literal for unnest(): our values are numbers and [a-z0-9-] references.
QString arrayLiteral(const QStringList &values)
{
    return QLatin1Char('{') + values.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString orNull(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("NULL") : value;
}

// Each invariant as one statement returning the number of offending rows. Items carry their
// starting stock in their description ("stress initial=N"), written once at creation.
#define INITIAL "substring(i.description from 'initial=([0-9]+)')"
#define RESTOCKED "coalesce((SELECT sum(r.units) FROM stress_restocks r WHERE r.item_id = i.id), 0)"

struct Check
{
    const char *name;
    QString sql;
};

const QList<Check> invariantChecks {
    { "starting stock + restocks = quantity + held by blocks",
      QStringLiteral("SELECT count(*) FROM items i WHERE " INITIAL " IS NULL OR " INITIAL
                     "::bigint + " RESTOCKED
                     " <> i.quantity + coalesce((SELECT sum(b.quantity) FROM block_inventory b "
                     "WHERE b.item_id = i.id), 0)") },
    { "starting stock + restocks - history = quantity",
      QStringLiteral("SELECT count(*) FROM items i WHERE " INITIAL " IS NULL OR " INITIAL
                     "::bigint + " RESTOCKED
                     " - coalesce((SELECT sum(CASE WHEN e.kind = 'created' THEN e.quantity "
                     "  WHEN e.kind IN ('released', 'expired') THEN -e.quantity ELSE 0 END) "
                     "  FROM block_events e WHERE e.item_id = i.id), 0) <> i.quantity") },
    { "quantity below zero", QStringLiteral("SELECT count(*) FROM items WHERE quantity < 0") },
    // One 'created' first; at most one of confirmed / released / expired, and it is the last;
    // the block exists exactly when it has not ended, is permanent exactly when confirmed, and
    // agrees with its history on item and quantity. A block without history also counts.
    { "history of a block malformed",
      QStringLiteral(
          "WITH e AS (SELECT block_id, count(*) FILTER (WHERE kind = 'created') AS created, "
          "  count(*) FILTER (WHERE kind = 'confirmed') AS confirmed, "
          "  count(*) FILTER (WHERE kind IN ('released', 'expired')) AS ended, "
          "  count(DISTINCT item_id) AS items, count(DISTINCT quantity) AS quantities, "
          "  min(id) AS first_id, min(id) FILTER (WHERE kind = 'created') AS created_id, max(id) AS last_id, "
          "  max(id) FILTER (WHERE kind IN ('confirmed', 'released', 'expired')) AS final_id, "
          "  min(item_id) AS item_id, min(quantity) AS quantity "
          "  FROM block_events GROUP BY block_id) "
          "SELECT count(*) FROM e FULL JOIN block_inventory b ON b.id = e.block_id "
          "WHERE e.block_id IS NULL OR e.created <> 1 OR e.confirmed > 1 OR e.ended > 1 "
          "   OR e.confirmed + e.ended > 1 OR e.items <> 1 OR e.quantities <> 1 OR e.first_id <> "
          "e.created_id "
          "   OR (e.final_id IS NOT NULL AND e.final_id <> e.last_id) OR (b.id IS NULL) <> (e.ended = 1) "
          "   OR (b.id IS NOT NULL AND (b.is_permanent <> (e.confirmed = 1) OR b.quantity <> e.quantity "
          "       OR b.item_id <> e.item_id))") },
    { "extension that did not move the expiry later",
      QStringLiteral(
          "WITH x AS (SELECT kind, expires_at, lag(expires_at) OVER (PARTITION BY block_id ORDER BY id) "
          "  AS previous FROM block_events WHERE kind IN ('created', 'extended')) "
          "SELECT count(*) FROM x WHERE kind = 'extended' AND (previous IS NULL OR expires_at <= "
          "previous)") },
    { "temporary block whose expiry is not its last recorded one",
      QStringLiteral(
          "SELECT count(*) FROM block_inventory b WHERE NOT b.is_permanent AND b.expires_at IS DISTINCT FROM "
          "(SELECT e.expires_at FROM block_events e WHERE e.block_id = b.id "
          "  AND e.kind IN ('created', 'extended') ORDER BY e.id DESC LIMIT 1)") },
    { "block confirmed after its expiry",
      QStringLiteral(
          "SELECT count(*) FROM block_events c LEFT JOIN block_inventory b ON b.id = c.block_id "
          "LEFT JOIN LATERAL (SELECT e.expires_at FROM block_events e WHERE e.block_id = c.block_id "
          "  AND e.kind IN ('created', 'extended') AND e.id < c.id ORDER BY e.id DESC LIMIT 1) x ON true "
          "WHERE c.kind = 'confirmed' AND (x.expires_at IS NULL OR c.at > x.expires_at "
          "  OR b.confirmed_at IS NULL OR b.confirmed_at > x.expires_at)") },
    { "block cleaned up before its expiry",
      QStringLiteral(
          "SELECT count(*) FROM block_events c "
          "LEFT JOIN LATERAL (SELECT e.expires_at FROM block_events e WHERE e.block_id = c.block_id "
          "  AND e.kind IN ('created', 'extended') AND e.id < c.id ORDER BY e.id DESC LIMIT 1) x ON true "
          "WHERE c.kind = 'expired' AND (x.expires_at IS NULL OR c.expires_at IS DISTINCT FROM x.expires_at "
          "  OR x.expires_at > c.at)") },
    { "reference reserved twice (idempotency broken)",
      QStringLiteral(
          "SELECT count(*) FROM (SELECT 1 FROM block_events WHERE kind = 'created' AND reference IS NOT NULL "
          "GROUP BY actor, item_id, reference HAVING count(*) > 1) d") },
    { "block confirmed or released twice by acknowledged calls",
      QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM stress_journal WHERE op IN ('confirm', 'release') "
                     "GROUP BY block HAVING count(*) > 1) d") },
    { "one reference acknowledged with two different blocks",
      QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM stress_journal WHERE op = 'reserve' "
                     "GROUP BY ref HAVING count(DISTINCT block) > 1) d") },
};

const QList<Check> lostChecks {
    { "reserve",
      QStringLiteral(
          "SELECT count(*) FROM stress_journal j WHERE op = 'reserve' AND NOT EXISTS (SELECT 1 FROM "
          "block_events e WHERE e.block_id = j.block AND e.kind = 'created' AND e.item_id = j.item "
          "AND e.quantity = j.qty AND e.reference = j.ref)") },
    { "confirm",
      QStringLiteral(
          "SELECT count(*) FROM stress_journal j WHERE op = 'confirm' AND (NOT EXISTS (SELECT 1 FROM "
          "block_events e WHERE e.block_id = j.block AND e.kind = 'confirmed') OR NOT EXISTS (SELECT 1 "
          "FROM block_inventory b WHERE b.id = j.block AND b.is_permanent))") },
    { "release",
      QStringLiteral(
          "SELECT count(*) FROM stress_journal j WHERE op = 'release' AND (NOT EXISTS (SELECT 1 FROM "
          "block_events e WHERE e.block_id = j.block AND e.kind = 'released' AND e.quantity = j.qty) "
          "OR EXISTS (SELECT 1 FROM block_inventory b WHERE b.id = j.block))") },
    { "extend",
      QStringLiteral(
          "SELECT count(*) FROM stress_journal j WHERE op = 'extend' AND NOT EXISTS (SELECT 1 FROM "
          "block_events e WHERE e.block_id = j.block AND e.kind = 'extended' "
          "AND abs(extract(epoch FROM e.expires_at) * 1000 - j.expires_ms) < 1)") },
    { "create-item",
      QStringLiteral(
          "SELECT count(*) FROM stress_journal j WHERE op = 'create' AND NOT EXISTS (SELECT 1 FROM "
          "items i WHERE i.id = j.item AND " INITIAL "::int = j.qty)") },
    { "restock",
      QStringLiteral(
          "SELECT count(*) FROM stress_journal j WHERE op = 'restock' AND NOT EXISTS (SELECT 1 FROM "
          "stress_restocks r WHERE r.ref = j.ref AND r.item_id = j.item AND r.units = j.qty)") },
    { "cleanup (blocks reported removed beyond the 'expired' events)",
      QStringLiteral(
          "SELECT greatest(0, (SELECT coalesce(sum(removed), 0) FROM stress_journal WHERE op = 'cleanup') "
          "- (SELECT count(*) FROM block_events WHERE kind = 'expired'))") },
};

struct Worker
{
    QProcess *process = nullptr;
    QString journal;
    QString output;
    bool killed = false;
};

} // namespace

class tst_Stress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void survivesLoadAndFaults();

private:
    qint64 sampleMinimumQuantity();
    bool loadJournals(const QList<Worker> &workers, QHash<QString, qint64> &acknowledged);

    QTemporaryDir m_directory;
    QList<qint64> m_hot;
    qint64 m_firstItem = 0;
    qint64 m_lastItem = 0;
};

void tst_Stress::initTestCase()
{
    QVERIFY(m_directory.isValid());
    QVERIFY2(QFile::exists(workerProgram()), qPrintable(workerProgram()));
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().manager(db));

    // Test-only tables, the owner's: the restock ledger (written in the same statement as the
    // quantity it adds) and the journals loaded for checking.
    {
        // DDL cannot be prepared: a script, as the owner.
        const ScopedConnectionSettings asOwner(TestCluster::instance().owner(db));
        auto tables = Connection::current().executeScript(QStringLiteral(
            "CREATE TABLE stress_restocks (ref text PRIMARY KEY, item_id bigint NOT NULL REFERENCES items "
            "(id), "
            "  units integer NOT NULL CHECK (units > 0), at timestamptz NOT NULL DEFAULT now()); "
            "CREATE TABLE stress_journal (worker integer, op text, item bigint, block bigint, qty integer, "
            "  ref text, expires_ms bigint, removed bigint, replayed boolean)"));
        QVERIFY2(tables, tables ? "" : qPrintable(tables.error().message));
    }

    auto add = [](const QString &name, int stock) -> qint64 {
        auto item = createItem(
            { name, QStringLiteral("stress initial=%1").arg(stock), stock, 500, QStringLiteral("Stress") });
        return item ? item->id : 0;
    };
    for (int i = 0; i < 4; ++i) {
        m_hot << add(QStringLiteral("Hot item %1").arg(i), 300);
        QVERIFY(m_hot.last() > 0);
    }
    for (int i = 0; i < 200; ++i) {
        const qint64 id = add(QStringLiteral("Plain item %1").arg(i), 5 + (i * 7) % 36);
        QVERIFY(id > 0);
        if (i == 0)
            m_firstItem = id;
        m_lastItem = id;
    }
    QCOMPARE(m_lastItem - m_firstItem, 199); // one contiguous range for the workers
}

void tst_Stress::cleanupTestCase()
{
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

qint64 tst_Stress::sampleMinimumQuantity()
{
    auto row = TestCluster::instance().ownerQueryRow(db, QStringLiteral("SELECT min(quantity) FROM items"));
    return row && !row->isEmpty() ? row->first().toLongLong() : std::numeric_limits<qint64>::max();
}

bool tst_Stress::loadJournals(const QList<Worker> &workers, QHash<QString, qint64> &acknowledged)
{
    QStringList worker, op, item, block, qty, ref, expires, removed, replayed;
    auto flush = [&]() -> bool {
        if (op.isEmpty())
            return true;
        const bool ok = bool(TestCluster::instance().ownerExec(
            db,
            QStringLiteral(
                "INSERT INTO stress_journal SELECT * FROM unnest($1::integer[], $2::text[], $3::bigint[], "
                "$4::bigint[], $5::integer[], $6::text[], $7::bigint[], $8::bigint[], $9::boolean[])"),
            { arrayLiteral(worker), arrayLiteral(op), arrayLiteral(item), arrayLiteral(block),
              arrayLiteral(qty), arrayLiteral(ref), arrayLiteral(expires), arrayLiteral(removed),
              arrayLiteral(replayed) }));
        for (QStringList *list : { &worker, &op, &item, &block, &qty, &ref, &expires, &removed, &replayed })
            list->clear();
        return ok;
    };
    for (qsizetype w = 0; w < workers.size(); ++w) {
        QFile file(workers.at(w).journal);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        for (const JournalEntry &entry : parseJournal(file.readAll())) {
            ++acknowledged[entry.op];
            worker << QString::number(w);
            op << entry.op;
            item << orNull(entry.text(QStringLiteral("item")));
            block << orNull(entry.text(QStringLiteral("block")));
            // One quantity column: reserved, released, created or restocked units.
            QString quantity = entry.text(QStringLiteral("qty"));
            if (quantity.isEmpty())
                quantity = entry.text(QStringLiteral("units"));
            qty << orNull(entry.op == QLatin1String("cleanup") ? QString() : quantity);
            ref << orNull(entry.text(QStringLiteral("ref")));
            expires << orNull(entry.text(QStringLiteral("expires_ms")));
            removed << orNull(entry.text(QStringLiteral("removed")));
            replayed << orNull(entry.text(QStringLiteral("replayed")) == QLatin1String("1")
                                   ? QStringLiteral("true")
                                   : QString());
            if (op.size() >= 2000 && !flush())
                return false;
        }
    }
    return flush();
}

void tst_Stress::survivesLoadAndFaults()
{
    const int seconds = setting("INVENTORY_STRESS_SECONDS", 20);
    const int workerCount = std::max(2, setting("INVENTORY_STRESS_WORKERS", 4));
    const int threads = setting("INVENTORY_STRESS_THREADS", 3);
    const QString managerUri = TestCluster::uri(TestCluster::instance().manager(db));
    const QString ownerUri = TestCluster::uri(TestCluster::instance().owner(db));
    QStringList hot;
    for (qint64 id : m_hot)
        hot << QString::number(id);

    QList<Worker> workers;
    for (int w = 0; w < workerCount; ++w) {
        Worker worker;
        worker.journal = m_directory.filePath(QStringLiteral("journal-%1.txt").arg(w));
        worker.output = m_directory.filePath(QStringLiteral("summary-%1.json").arg(w));
        worker.process = new QProcess(this);
        worker.process->setStandardOutputFile(worker.output);
        worker.process->setStandardErrorFile(m_directory.filePath(QStringLiteral("stderr-%1.txt").arg(w)));
        worker.process->start(
            workerProgram(),
            { QStringLiteral("--db"), managerUri, QStringLiteral("--owner"), ownerUri,
              QStringLiteral("--journal"), worker.journal, QStringLiteral("--seconds"),
              QString::number(seconds), QStringLiteral("--threads"), QString::number(threads),
              QStringLiteral("--worker"), QString::number(w), QStringLiteral("--hot"),
              hot.join(QLatin1Char(',')), QStringLiteral("--items"),
              QStringLiteral("%1,%2").arg(m_firstItem).arg(m_lastItem), QStringLiteral("--seed"),
              QString::number(QRandomGenerator::global()->bounded(1, 1000000)) });
        QVERIFY2(worker.process->waitForStarted(10000), qPrintable(worker.process->errorString()));
        workers << worker;
    }

    // The faults: a server crash at 30% of the run (then one a minute in long runs), and worker 0
    // killed with SIGKILL at 55%. The server stays down a moment so that every client meets it.
    QList<qint64> crashesAt { seconds * 300 };
    for (qint64 at = crashesAt.first() + 60000; at < seconds * 900LL; at += 60000)
        crashesAt << at;
    const qint64 killAt = seconds * 550LL;
    int crashes = 0;
    int killedWorkers = 0;
    int samples = 0;
    qint64 minimumSeen = std::numeric_limits<qint64>::max();
    QElapsedTimer clock;
    clock.start();
    QDeadlineTimer sampleTimer(0);
    auto running = [&] {
        return std::any_of(workers.cbegin(), workers.cend(),
                           [](const Worker &w) { return w.process->state() != QProcess::NotRunning; });
    };
    const QDeadlineTimer giveUp(std::chrono::seconds(seconds + 300));
    while (running() && !giveUp.hasExpired()) {
        if (crashes < crashesAt.size() && clock.elapsed() >= crashesAt.at(crashes)) {
            auto stopped = TestCluster::instance().stopServer(true);
            QVERIFY2(stopped, stopped ? "" : qPrintable(stopped.error().message));
            QThread::msleep(1500);
            auto started = TestCluster::instance().startServer();
            QVERIFY2(started, started ? "" : qPrintable(started.error().message));
            ++crashes;
            qInfo("fault: server crashed (pg_ctl stop -m immediate) and restarted at %.1f s",
                  clock.elapsed() / 1000.0);
        }
        if (killedWorkers == 0 && clock.elapsed() >= killAt) {
            ::kill(pid_t(workers.first().process->processId()), SIGKILL);
            workers.first().killed = true;
            ++killedWorkers;
            qInfo("fault: worker 0 killed with SIGKILL at %.1f s", clock.elapsed() / 1000.0);
        }
        if (sampleTimer.hasExpired()) {
            const qint64 minimum = sampleMinimumQuantity();
            if (minimum != std::numeric_limits<qint64>::max()) {
                ++samples;
                minimumSeen = std::min(minimumSeen, minimum);
            }
            sampleTimer.setRemainingTime(1000);
        }
        QThread::msleep(100);
        QCoreApplication::processEvents();
    }
    for (Worker &w : workers) {
        if (w.process->state() != QProcess::NotRunning)
            QVERIFY2(w.process->waitForFinished(30000), "a worker did not finish");
    }
    QCOMPARE(crashes, crashesAt.size());
    QCOMPARE(killedWorkers, 1);

    // What each worker says about itself.
    qint64 attempts = 0;
    qint64 connectionErrors = 0;
    qint64 unknownOutcomes = 0;
    qint64 reserveRetried = 0;
    qint64 reserveReplayed = 0;
    QHash<QString, qint64> refused;
    for (qsizetype w = 0; w < workers.size(); ++w) {
        const Worker &worker = workers.at(w);
        if (worker.killed) {
            QCOMPARE(worker.process->exitStatus(), QProcess::CrashExit);
            continue;
        }
        QFile file(worker.output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray output = file.readAll();
        QCOMPARE(worker.process->exitStatus(), QProcess::NormalExit);
        QVERIFY2(worker.process->exitCode() == 0, output.constData());
        const QJsonObject summary = QJsonDocument::fromJson(output).object();
        QVERIFY2(!summary.isEmpty(), output.constData());
        qInfo().noquote() << "worker" << w << QString::fromUtf8(output).trimmed();
        attempts += summary.value(QStringLiteral("attempts")).toInteger();
        connectionErrors += summary.value(QStringLiteral("connectionErrors")).toInteger();
        unknownOutcomes += summary.value(QStringLiteral("unknownOutcomes")).toInteger();
        reserveRetried += summary.value(QStringLiteral("reserveRetried")).toInteger();
        reserveReplayed += summary.value(QStringLiteral("reserveReplayed")).toInteger();
        const QJsonObject kinds = summary.value(QStringLiteral("refused")).toObject();
        for (auto it = kinds.constBegin(); it != kinds.constEnd(); ++it)
            refused[it.key()] += it.value().toInteger();
        // Every surviving worker met the crash as a clear connection error, and every thread
        // that met it carried on by itself and got acknowledged work done afterwards.
        QVERIFY2(summary.value(QStringLiteral("connectionErrors")).toInteger() > 0, output.constData());
        const QString firstError = summary.value(QStringLiteral("firstConnectionError")).toString();
        QVERIFY2(firstError.startsWith(QLatin1String("Cannot reach"))
                     || firstError.startsWith(QLatin1String("Lost connection")),
                 qPrintable(firstError));
        QVERIFY2(firstError.contains(TestCluster::instance().cluster().socketDirectory()),
                 qPrintable(firstError));
        QVERIFY(summary.value(QStringLiteral("threadsWithConnectionErrors")).toInt() > 0);
        QCOMPARE(summary.value(QStringLiteral("threadsRecovered")).toInt(),
                 summary.value(QStringLiteral("threadsWithConnectionErrors")).toInt());
        QVERIFY2(summary.value(QStringLiteral("unexpectedCount")).toInteger() == 0, output.constData());
    }

    // The journals of all workers, the killed one's included, checked on the server.
    QHash<QString, qint64> acknowledged;
    QVERIFY(loadJournals(workers, acknowledged));
    qint64 acknowledgedTotal = 0;
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it)
        acknowledgedTotal += it.value();

    auto runChecks = [](const QList<Check> &checks, const char *what) {
        qint64 total = 0;
        for (const Check &check : checks) {
            const qint64 found = ownerCount(check.sql);
            qInfo("%s: %s: %lld", what, check.name, found);
            total += found < 0 ? 1 : found; // a check that cannot run is a failure, not a pass
        }
        return total;
    };
    qint64 violations = runChecks(invariantChecks, "invariant");
    // The stock ledger, with inventoryctl check's own code: every item's stock explained.
    auto ledgerCheck = [&](const char *what) -> qint64 {
        const ScopedConnectionSettings asOwner(TestCluster::instance().owner(db));
        auto ledger = checkLedger();
        if (!ledger) {
            qWarning("%s: the ledger check failed: %s", what, qPrintable(ledger.error().message));
            return 1;
        }
        for (const Drift &d : ledger->drifted)
            qWarning("%s: item #%lld: stock %lld, ledger %lld", what, d.itemId, d.stock, d.booked);
        qInfo("%s: items whose stock the ledger does not explain: %lld of %lld", what,
              qint64(ledger->drifted.size()), ledger->itemsChecked);
        return ledger->drifted.size() + (ledger->itemsChecked == 0 ? 1 : 0);
    };
    violations += ledgerCheck("invariant");
    if (minimumSeen < 0)
        ++violations;
    const qint64 lost = runChecks(lostChecks, "acknowledged-and-lost");

    // Late retries: the killed worker never saw the rest of its life, so replay its acknowledged
    // reservations (and a sample of the others') as if their answers had been lost. Each must
    // come back as the same block, replayed, and take nothing.
    const QString fingerprintSql = QStringLiteral(
        "SELECT (SELECT sum(quantity) FROM items)::text || '/' || (SELECT count(*) FROM block_events)::text");
    auto fingerprintBefore = TestCluster::instance().ownerQueryRow(db, fingerprintSql);
    QVERIFY(fingerprintBefore);
    QList<std::array<qint64, 3>> toReplay; // item, quantity, block
    QStringList replayReferences;
    {
        const ScopedConnectionSettings asOwner(TestCluster::instance().owner(db));
        auto q = Connection::current().execute(QStringLiteral(
            "(SELECT item, qty, block, ref FROM stress_journal WHERE op = 'reserve' AND worker = 0 "
            " ORDER BY block DESC LIMIT 300) UNION ALL (SELECT item, qty, block, ref FROM stress_journal "
            " WHERE op = 'reserve' AND worker <> 0 ORDER BY random() LIMIT 200)"));
        QVERIFY2(q, q ? "" : qPrintable(q.error().message));
        while ((*q)->next()) {
            toReplay.append(std::array<qint64, 3> { (*q)->value(0).toLongLong(), (*q)->value(1).toLongLong(),
                                                    (*q)->value(2).toLongLong() });
            replayReferences << (*q)->value(3).toString();
        }
        (*q)->finish();
    }
    qint64 replayFailures = 0;
    for (qsizetype i = 0; i < toReplay.size(); ++i) {
        const auto [itemId, quantity, blockId] = toReplay.at(i);
        auto again = reserve(itemId, quantity, std::chrono::hours(1), replayReferences.at(i));
        if (!again || !again->replayed || again->blockId != blockId) {
            ++replayFailures;
            qWarning().noquote() << "late retry of" << replayReferences.at(i) << "did not replay block"
                                 << blockId
                                 << (again ? QString::number(again->blockId) : again.error().message);
        }
    }
    auto fingerprintAfter = TestCluster::instance().ownerQueryRow(db, fingerprintSql);
    QVERIFY(fingerprintAfter);
    qInfo("invariant: late retries of acknowledged reservations that did not replay: %lld of %lld",
          replayFailures, qint64(toReplay.size()));
    violations += replayFailures;
    if (*fingerprintAfter != *fingerprintBefore) {
        qWarning("late retries changed stock or history");
        ++violations;
    }
    QVERIFY(!toReplay.isEmpty());

    // Once more after a final cleanup, which gives back everything that expired meanwhile.
    auto cleaned = cleanupExpired();
    QVERIFY2(cleaned, cleaned ? "" : qPrintable(cleaned.error().message));
    const qint64 afterCleanup = runChecks(invariantChecks.mid(0, 4), "invariant after final cleanup")
        + ledgerCheck("invariant after final cleanup");
    const qint64 events = ownerCount(QStringLiteral("SELECT count(*) FROM block_events"));

    QStringList ackText;
    for (const char *op : { "reserve", "confirm", "release", "extend", "cleanup", "create", "restock" })
        ackText << QStringLiteral("%1 %2").arg(QLatin1String(op)).arg(acknowledged.value(QLatin1String(op)));
    QStringList refusedText;
    for (auto it = refused.cbegin(); it != refused.cend(); ++it)
        refusedText << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    refusedText.sort();
    qInfo().noquote() << QStringLiteral(
                             "STRESS RESULT: %1 s, %2 worker processes x %3 threads (+1 owner thread each)")
                             .arg(seconds)
                             .arg(workerCount)
                             .arg(threads);
    qInfo().noquote()
        << QStringLiteral("  operations run (surviving workers' attempts, reads included): %1").arg(attempts);
    qInfo().noquote() << QStringLiteral("  acknowledged and journaled (all workers): %1 (%2)")
                             .arg(acknowledgedTotal)
                             .arg(ackText.join(QStringLiteral(", ")));
    qInfo().noquote()
        << QStringLiteral("  refused by a business rule: %1").arg(refusedText.join(QStringLiteral(", ")));
    qInfo().noquote() << QStringLiteral(
                             "  faults injected: %1 server crash(es) + restart, %2 worker SIGKILLed")
                             .arg(crashes)
                             .arg(killedWorkers);
    qInfo().noquote() << QStringLiteral(
                             "  connection errors seen: %1; writes with unknown outcome: %2; reservations "
                             "retried with their reference: %3 (%4 had committed and were replayed)")
                             .arg(connectionErrors)
                             .arg(unknownOutcomes)
                             .arg(reserveRetried)
                             .arg(reserveReplayed);
    qInfo().noquote() << QStringLiteral(
                             "  late retries of acknowledged reservations (same reference): %1, all replayed "
                             "without taking stock: %2")
                             .arg(toReplay.size())
                             .arg(replayFailures == 0 ? QStringLiteral("yes") : QStringLiteral("NO"));
    qInfo().noquote() << QStringLiteral("  history events: %1; min(quantity) sampled %2 times, lowest %3")
                             .arg(events)
                             .arg(samples)
                             .arg(minimumSeen);
    qInfo().noquote() << QStringLiteral("  invariant violations: %1 (after final cleanup: %2)")
                             .arg(violations)
                             .arg(afterCleanup);
    qInfo().noquote() << QStringLiteral("  acknowledged-and-lost: %1").arg(lost);

    // Not vacuous: every kind of operation was acknowledged many times over.
    for (const char *op : { "reserve", "confirm", "release", "extend", "cleanup", "create", "restock" })
        QVERIFY2(acknowledged.value(QLatin1String(op)) > 0, op);
    QVERIFY(samples > 0);
    QCOMPARE(violations, 0);
    QCOMPARE(afterCleanup, 0);
    QCOMPARE(lost, 0);
}

int main(int argc, char *argv[])
{
    // A long run outlasts QtTest's five-minute watchdog per test function: allow the run time
    // plus a quarter of an hour for starting, checking and crash recovery.
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT")) {
        bool ok = false;
        const int seconds = qEnvironmentVariableIntValue("INVENTORY_STRESS_SECONDS", &ok);
        qputenv("QTEST_FUNCTION_TIMEOUT",
                QByteArray::number((qint64(ok && seconds > 0 ? seconds : 20) + 900) * 1000));
    }
    QCoreApplication app(argc, argv);
    tst_Stress test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_stress.moc"
