// The reservations model: states and countdowns on the server's clock, the warning colour
// under five minutes, filters, stale answers dropped.

#include "asyncrunner.h"
#include "blocksmodel.h"
#include "connection.h"
#include "operations.h"
#include "testcluster.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace inventory;
using namespace std::chrono_literals;
using inventory::test::TestCluster;

Q_DECLARE_METATYPE(std::optional<inventory::BlockState>)

namespace {
const QString db = QStringLiteral("tst_blocksmodel");
}

class tst_BlocksModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void statesAndCountdowns();
    void filters_data();
    void filters();
    void countdownTicks();
    void staleFilterAnswerIsDropped();

private:
    qint64 m_item = 0;
    qint64 m_other = 0;
    qint64 m_running = 0; // an hour left
    qint64 m_closing = 0; // three minutes left
    qint64 m_expired = 0;
    qint64 m_permanent = 0;
};

void tst_BlocksModel::initTestCase()
{
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().manager(db));
    auto item = createItem({ QStringLiteral("Blue mug"), {}, 100, 1250, QStringLiteral("Kitchen") });
    auto other = createItem({ QStringLiteral("Red kettle"), {}, 10, 2999, QStringLiteral("Kitchen") });
    QVERIFY(item && other);
    m_item = item->id;
    m_other = other->id;
    auto running = reserve(m_item, 2, 1h, QStringLiteral("Order 1"));
    auto closing = reserve(m_item, 1, 3min);
    auto expired = reserve(m_other, 3);
    auto permanent = reserve(m_item, 4);
    QVERIFY(running && closing && expired && permanent);
    m_running = running->blockId;
    m_closing = closing->blockId;
    m_expired = expired->blockId;
    m_permanent = permanent->blockId;
    QVERIFY(confirm(m_permanent));
    QVERIFY(TestCluster::instance().ownerExec(
        db,
        QStringLiteral("UPDATE block_inventory SET expires_at = now() - interval '1 minute' WHERE id = $1"),
        { m_expired }));
}

void tst_BlocksModel::cleanupTestCase()
{
    shutdownDatabasePool();
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_BlocksModel::statesAndCountdowns()
{
    BlocksModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &BlocksModel::loaded);
    model.setFilter({});
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 4);

    auto cell = [&](qint64 block, int column, int role = Qt::DisplayRole) {
        return model.index(model.rowOf(block), column).data(role);
    };
    QCOMPARE(cell(m_running, BlocksModel::StateColumn).toString(), QStringLiteral("temporary"));
    QCOMPARE(cell(m_running, BlocksModel::ExpiresColumn).toString(), QStringLiteral("in 1 h"));
    QCOMPARE(cell(m_running, BlocksModel::IdColumn, BlocksModel::IsWarningRole).toBool(), false);
    QVERIFY(!cell(m_running, BlocksModel::ExpiresColumn, Qt::ForegroundRole).isValid());
    QCOMPARE(cell(m_running, BlocksModel::ReferenceColumn).toString(), QStringLiteral("Order 1"));
    QCOMPARE(cell(m_running, BlocksModel::ItemColumn).toString(), QStringLiteral("#%1 Blue mug").arg(m_item));

    QCOMPARE(cell(m_closing, BlocksModel::ExpiresColumn).toString(), QStringLiteral("in 3 min"));
    QCOMPARE(cell(m_closing, BlocksModel::IdColumn, BlocksModel::IsWarningRole).toBool(), true);
    QCOMPARE(cell(m_closing, BlocksModel::ExpiresColumn, Qt::ForegroundRole).value<QColor>(),
             QColor(0xc0, 0x60, 0x00));

    QCOMPARE(cell(m_expired, BlocksModel::StateColumn).toString(), QStringLiteral("expired"));
    QCOMPARE(cell(m_expired, BlocksModel::ExpiresColumn).toString(), QStringLiteral("expired"));
    QCOMPARE(cell(m_expired, BlocksModel::IdColumn, BlocksModel::StateRole).toInt(),
             int(BlockState::Expired));
    QVERIFY(cell(m_expired, BlocksModel::IdColumn, BlocksModel::SecondsLeftRole).toLongLong() < 0);

    QCOMPARE(cell(m_permanent, BlocksModel::StateColumn).toString(), QStringLiteral("permanent"));
    QCOMPARE(cell(m_permanent, BlocksModel::ExpiresColumn).toString(), QStringLiteral("—"));
    QVERIFY(!cell(m_permanent, BlocksModel::IdColumn, BlocksModel::SecondsLeftRole).isValid());
    QCOMPARE(cell(m_permanent, BlocksModel::CreatedByColumn).toString(), QStringLiteral("tst_manager"));
}

void tst_BlocksModel::filters_data()
{
    QTest::addColumn<std::optional<BlockState>>("state");
    QTest::addColumn<bool>("onlyOther");
    QTest::addColumn<int>("rows");
    QTest::newRow("all") << std::optional<BlockState>() << false << 4;
    QTest::newRow("temporary") << std::optional<BlockState>(BlockState::Temporary) << false << 2;
    QTest::newRow("permanent") << std::optional<BlockState>(BlockState::Permanent) << false << 1;
    QTest::newRow("expired") << std::optional<BlockState>(BlockState::Expired) << false << 1;
    QTest::newRow("one item") << std::optional<BlockState>() << true << 1;
}

void tst_BlocksModel::filters()
{
    QFETCH(std::optional<BlockState>, state);
    QFETCH(bool, onlyOther);
    QFETCH(int, rows);
    BlocksModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &BlocksModel::loaded);
    BlockFilter filter;
    filter.state = state;
    if (onlyOther)
        filter.itemId = m_other;
    model.setFilter(filter);
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), rows);
    for (const Block &block : model.blocks()) {
        if (state)
            QCOMPARE(model.stateNow(block), *state);
        if (onlyOther)
            QCOMPARE(block.itemId, m_other);
    }
}

void tst_BlocksModel::countdownTicks()
{
    BlocksModel model;
    QSignalSpy loaded(&model, &BlocksModel::loaded);
    model.setFilter({});
    QVERIFY(loaded.wait());
    // The countdown columns repaint by themselves, without another query.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.wait(3000));
    const QModelIndex from = changed.first().at(0).toModelIndex();
    const QModelIndex to = changed.first().at(1).toModelIndex();
    QCOMPARE(from.column(), int(BlocksModel::StateColumn));
    QCOMPARE(to.column(), int(BlocksModel::ExpiresColumn));
    QCOMPARE(to.row(), model.rowCount() - 1);
    QCOMPARE(loaded.count(), 1);
}

void tst_BlocksModel::staleFilterAnswerIsDropped()
{
    BlocksModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &BlocksModel::loaded);
    BlockFilter all;
    BlockFilter permanent;
    permanent.state = BlockState::Permanent;
    model.setFilter(all);
    model.setFilter(permanent);
    QVERIFY(loaded.wait());
    databasePool()->waitForDone();
    QTest::qWait(100);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.block(0).id, m_permanent);
}

QTEST_MAIN(tst_BlocksModel)
#include "tst_blocksmodel.moc"
