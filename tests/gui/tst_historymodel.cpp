// The history model: newest first, loaded a page at a time as a view asks for more (keyset
// paging), filters by kind and reason, a stale answer dropped; under QAbstractItemModelTester.

#include "asyncrunner.h"
#include "connection.h"
#include "historymodel.h"
#include "operations.h"
#include "stock.h"
#include "stocktest.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace inventory;
using namespace inventory::test;

namespace {
const QString db = QStringLiteral("tst_historymodel");
}

class tst_HistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void newestFirstPagedAsScrolled();
    void filters_data();
    void filters();
    void staleAnswerIsDropped();
    void reservationsAppear();

private:
    qint64 m_vase = 0;
    qint64 m_bowl = 0;
};

void tst_HistoryModel::initTestCase()
{
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().manager(db));
    NewItem vase { QStringLiteral("Blue vase"), {}, 7, 1990, QStringLiteral("Home") };
    NewItem bowl { QStringLiteral("Fruit bowl"), {}, 3, 1490, QStringLiteral("Home") };
    auto v = createItem(vase);
    auto b = createItem(bowl);
    QVERIFY2(v && b, v ? "" : qPrintable(v.error().message));
    m_vase = v->id;
    m_bowl = b->id;
    for (int n = 1; n <= 5; ++n) {
        auto received = receive(m_vase, n, StockReason::Received, QStringLiteral("DN-%1").arg(n));
        QVERIFY2(received, received ? "" : qPrintable(received.error().message));
    }
    QVERIFY(receive(m_bowl, 2, StockReason::Returned, QStringLiteral("RMA-7")));
    Adjustment broken;
    broken.by = -1;
    broken.reason = StockReason::Damaged;
    broken.note = QStringLiteral("dropped");
    QVERIFY(adjust(m_bowl, broken));
}

void tst_HistoryModel::cleanupTestCase()
{
    shutdownDatabasePool();
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_HistoryModel::newestFirstPagedAsScrolled()
{
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(2);
    QSignalSpy loaded(&model, &HistoryModel::loaded);
    HistoryFilter filter;
    filter.itemId = m_vase;
    model.setFilter(filter);
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore({})); // nothing asked twice while a page is on its way
    QVERIFY(loaded.wait(stockTimeout));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.isComplete());
    // The newest first: the receipt of 5, then of 4.
    QCOMPARE(model.entry(0).change, 5);
    QCOMPARE(model.entry(1).change, 4);
    QCOMPARE(model.index(0, HistoryModel::ChangeColumn).data().toString(), QStringLiteral("+5"));
    QCOMPARE(model.index(0, HistoryModel::KindColumn).data().toString(), QStringLiteral("Receipt"));
    QCOMPARE(model.index(0, HistoryModel::ReasonColumn).data().toString(),
             reasonLabel(StockReason::Received));
    QCOMPARE(model.index(0, HistoryModel::ReferenceColumn).data().toString(), QStringLiteral("DN-5"));
    QCOMPARE(model.index(0, HistoryModel::ResultingColumn).data().toString(), QStringLiteral("22"));

    // As a view scrolls down: one more page each time, until the opening stock, then no more.
    // (The model tester asks for more pages too, as a view would: each is asked once.)
    int pages = 1;
    while (!model.isComplete()) {
        if (model.canFetchMore({}))
            model.fetchMore({});
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(loaded.wait(stockTimeout));
        ++pages;
        QVERIFY(pages < 10);
    }
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowCount(), 6);
    QVERIFY(model.isComplete());
    QCOMPARE(model.entry(5).kind, QStringLiteral("opening"));
    QCOMPARE(model.entry(5).change, 7);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.entry(row - 1).at >= model.entry(row).at);
}

void tst_HistoryModel::filters_data()
{
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QList<int>>("changes");
    QTest::newRow("receipts") << QStringList { QStringLiteral("receipt") } << QString() << QList<int> { 2 };
    QTest::newRow("returns") << QStringList() << QStringLiteral("returned") << QList<int> { 2 };
    QTest::newRow("damaged") << QStringList() << QStringLiteral("damaged") << QList<int> { -1 };
    QTest::newRow("movements") << movementKinds() << QString() << QList<int> { -1, 2, 3 };
    QTest::newRow("reservations") << reservationKinds() << QString() << QList<int> {};
}

void tst_HistoryModel::filters()
{
    QFETCH(QStringList, kinds);
    QFETCH(QString, reason);
    QFETCH(QList<int>, changes);
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &HistoryModel::loaded);
    HistoryFilter filter;
    filter.itemId = m_bowl;
    filter.kinds = kinds;
    filter.reason = reason;
    model.setFilter(filter);
    QVERIFY(loaded.wait(stockTimeout));
    QList<int> got;
    for (const HistoryEntry &e : model.entries())
        got << e.change;
    QCOMPARE(got, changes);
    QVERIFY(model.isComplete());
    QVERIFY(!model.canFetchMore({}));
}

void tst_HistoryModel::staleAnswerIsDropped()
{
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &HistoryModel::loaded);
    HistoryFilter vase;
    vase.itemId = m_vase;
    HistoryFilter bowl;
    bowl.itemId = m_bowl;
    model.setFilter(vase);
    model.setFilter(bowl); // the user changed the filter before the first answer came
    QVERIFY(loaded.wait(stockTimeout));
    QTest::qWait(200); // the first answer, if it came late, must not be appended
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    for (const HistoryEntry &e : model.entries())
        QCOMPARE(e.itemId, m_bowl);
}

void tst_HistoryModel::reservationsAppear()
{
    auto reservation = reserve(m_vase, 2);
    QVERIFY2(reservation, reservation ? "" : qPrintable(reservation.error().message));
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &HistoryModel::loaded);
    HistoryFilter filter;
    filter.itemId = m_vase;
    model.setFilter(filter);
    QVERIFY(loaded.wait(stockTimeout));
    QVERIFY(model.rowCount() >= 1);
    QCOMPARE(model.entry(0).kind, QStringLiteral("created"));
    QCOMPARE(model.entry(0).change, -2);
    QCOMPARE(model.index(0, HistoryModel::KindColumn).data().toString(), QStringLiteral("Reserved"));
    QVERIFY(model.index(0, HistoryModel::ReferenceColumn).data().toString().contains(
        QString::number(reservation->blockId)));
}

QTEST_MAIN(tst_HistoryModel)
#include "tst_historymodel.moc"
