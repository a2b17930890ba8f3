// The desk through a primary failover: browsing from a hot standby (said in the status bar),
// the primary killed (the window keeps showing data, and says writes wait for a primary), then
// the standby promoted (the desk notices by itself and is fully connected again).

#include "asyncrunner.h"
#include "categoriesmodel.h"
#include "connection.h"
#include "guitest.h"
#include "itemsmodel.h"
#include "mainwindow.h"
#include "operations.h"
#include "readrouting.h"
#include "session.h"
#include "tableview.h"
#include "testcluster.h"

#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>

using namespace inventory;
using inventory::test::TestCluster;

namespace {
const QString db = QStringLiteral("tst_failoverwindow");
constexpr int timeout = 30000;
} // namespace

class tst_FailoverWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void keepsShowingDataThroughFailover();

private:
    void showCategory(MainWindow &window, const QString &name);
    LocalCluster *m_standby = nullptr;
};

void tst_FailoverWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().manager(db));
    QVERIFY(createItem({ QStringLiteral("Blue mug"), {}, 40, 1250, QStringLiteral("Kitchen") }));
    QVERIFY(createItem({ QStringLiteral("Red kettle"), {}, 12, 2999, QStringLiteral("Kitchen") }));
    QVERIFY(createItem({ QStringLiteral("Hammer"), {}, 7, 1999, QStringLiteral("Tools") }));
    Connection::closeCurrent();
    auto standby = TestCluster::instance().standby();
    QVERIFY2(standby, standby ? "" : qPrintable(standby.error().message));
    m_standby = *standby;
    QVERIFY(TestCluster::waitForReplay(TestCluster::instance().cluster(), *m_standby));
}

void tst_FailoverWindow::cleanupTestCase()
{
    shutdownDatabasePool();
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_FailoverWindow::showCategory(MainWindow &window, const QString &name)
{
    TableView *categories = window.categoriesView();
    const int sourceRow = window.categoriesModel()->rowOf(name);
    QVERIFY(sourceRow >= 0);
    const QModelIndex index = categories->proxy()->mapFromSource(window.categoriesModel()->index(sourceRow, 0));
    QTest::mouseClick(categories->viewport(), Qt::LeftButton, {}, categories->visualRect(index).center());
    QTRY_COMPARE_WITH_TIMEOUT(window.itemsModel()->category(), name, timeout);
}

void tst_FailoverWindow::keepsShowingDataThroughFailover()
{
    LocalCluster &primary = TestCluster::instance().cluster();
    Session session;
    session.setIntervals(300, 300);
    session.setReadSettings(TestCluster::on(*m_standby, ConnectionSettings()));
    MainWindow window(&session);
    window.setLiveInterval(300);
    window.show();
    session.start(TestCluster::onAll({ &primary, m_standby }, TestCluster::instance().manager(db)));
    QTRY_VERIFY_WITH_TIMEOUT(session.isConnected() && window.categoriesModel()->rowCount() == 2, timeout);
    QVERIFY(session.readsRouted());
    // The status bar says where browsing comes from.
    QTRY_VERIFY_WITH_TIMEOUT(inventory::test::labelContaining(&window, QStringLiteral("reads: standby")), timeout);
    // Both servers by socket and port (here they share a socket directory): a server on a
    // socket is not "Local database", which is the desk's own cluster only.
    const QString said = inventory::test::labelContaining(&window, QStringLiteral("reads: standby"))->text();
    const auto named = [](const LocalCluster &node) {
        return QStringLiteral("%1:%2/%3").arg(node.socketDirectory()).arg(node.port()).arg(db);
    };
    QVERIFY2(said.startsWith(named(primary)), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("standby ") + named(*m_standby)), qPrintable(said));
    QVERIFY2(!said.contains(QStringLiteral("Local database")), qPrintable(said));
    showCategory(window, QStringLiteral("Kitchen"));
    QTRY_COMPARE_WITH_TIMEOUT(window.itemsModel()->rowCount(), 2, timeout);
    // A reservation made through the desk's connection is taken on the primary.
    auto first = reserve(window.itemsModel()->item(0).id, 1, defaultReservationTtl, QStringLiteral("before the failover"));
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    auto onPrimary = TestCluster::queryRow(TestCluster::on(primary, TestCluster::instance().owner(db)),
                                           QStringLiteral("SELECT count(*) FROM block_inventory WHERE id = $1 "
                                                          "AND NOT pg_is_in_recovery()"),
                                           { first->blockId });
    QVERIFY2(onPrimary, onPrimary ? "" : qPrintable(onPrimary.error().message));
    QCOMPARE(onPrimary->value(0).toInt(), 1);

    // The primary dies: the desk stays connected for reading and says writes wait.
    QVERIFY(primary.stop(LocalCluster::StopMode::Immediate));
    QTRY_VERIFY_WITH_TIMEOUT(window.connectionText().contains(QStringLiteral("primary unavailable")), timeout);
    QVERIFY(session.isConnected());
    // Another category, loaded now, comes from the standby.
    showCategory(window, QStringLiteral("Tools"));
    QTRY_COMPARE_WITH_TIMEOUT(window.itemsModel()->rowCount(), 1, timeout);
    QCOMPARE(window.itemsModel()->item(0).name, QStringLiteral("Hammer"));
    QCOMPARE(window.categoriesModel()->rowCount(), 2);

    // Promoted: the write connection finds it through its host list; nothing to do by hand.
    QVERIFY(m_standby->promote());
    QTRY_COMPARE_WITH_TIMEOUT(window.connectionText(), QStringLiteral("Connected"), timeout);
    // And writes work again (on the promoted standby), through the desk's own settings.
    auto reserved = reserve(window.itemsModel()->item(0).id, 1);
    QVERIFY2(reserved, reserved ? "" : qPrintable(reserved.error().message));
    showCategory(window, QStringLiteral("Kitchen"));
    QTRY_COMPARE_WITH_TIMEOUT(window.itemsModel()->rowCount(), 2, timeout);
}

QTEST_MAIN(tst_FailoverWindow)
#include "tst_failoverwindow.moc"
