// The low-stock view: an item appears once it falls to its reorder point, the most urgent
// first; activating a row asks for that item. The model runs under QAbstractItemModelTester.

#include "asyncrunner.h"
#include "connection.h"
#include "lowstockmodel.h"
#include "lowstockpane.h"
#include "operations.h"
#include "stock.h"
#include "stocktest.h"
#include "tableview.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace inventory;
using namespace inventory::test;

namespace {
const QString db = QStringLiteral("tst_lowstockpane");
}

class tst_LowStockPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsItemOnceBelowReorderPoint();
    void mostUrgentFirstAndActivation();
};

void tst_LowStockPane::initTestCase()
{
    installTranslations(); // the English plural forms
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().manager(db));
}

void tst_LowStockPane::cleanupTestCase()
{
    shutdownDatabasePool();
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_LowStockPane::listsItemOnceBelowReorderPoint()
{
    NewItem candles { QStringLiteral("Candles"), {}, 12, 450, QStringLiteral("Home") };
    candles.reorderPoint = 10;
    candles.reorderQuantity = 50;
    auto item = createItem(candles);
    QVERIFY2(item, item ? "" : qPrintable(item.error().message));

    LowStockModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &LowStockModel::loaded);
    model.load();
    QVERIFY(loaded.wait(stockTimeout));
    QCOMPARE(model.rowOf(item->id), -1); // 12 > 10

    QVERIFY(reserve(item->id, 3)); // 9 available: below the point
    model.refresh();
    QVERIFY(loaded.wait(stockTimeout));
    const int row = model.rowOf(item->id);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, LowStockModel::AvailableColumn).data().toString(), QStringLiteral("9"));
    QCOMPARE(model.index(row, LowStockModel::ReorderPointColumn).data().toString(), QStringLiteral("10"));
    QCOMPARE(model.index(row, LowStockModel::ShortColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(row, LowStockModel::ReorderQuantityColumn).data().toString(), QStringLiteral("50"));

    QVERIFY(receive(item->id, 50));
    model.refresh();
    QVERIFY(loaded.wait(stockTimeout));
    QCOMPARE(model.rowOf(item->id), -1); // restocked
}

void tst_LowStockPane::mostUrgentFirstAndActivation()
{
    NewItem soap { QStringLiteral("Soap"), {}, 4, 300, QStringLiteral("Bath") };
    soap.reorderPoint = 5; // 1 below
    NewItem towels { QStringLiteral("Towels"), {}, 0, 1500, QStringLiteral("Bath") };
    towels.reorderPoint = 8; // 8 below: the most urgent
    NewItem mats { QStringLiteral("Bath mat"), {}, 30, 1200, QStringLiteral("Bath") };
    mats.reorderPoint = 5; // not low
    auto s = createItem(soap);
    auto t = createItem(towels);
    auto m = createItem(mats);
    QVERIFY(s && t && m);

    Session session;
    QVERIFY(connectSession(session, TestCluster::instance().staff(db)));
    LowStockPane pane(&session, nullptr);
    pane.setCategories({ QStringLiteral("Bath"), QStringLiteral("Home") });
    pane.resize(800, 300);
    pane.show();
    pane.categoryFilter()->setCurrentIndex(pane.categoryFilter()->findData(QStringLiteral("Bath")));
    pane.activate();
    QTRY_COMPARE_WITH_TIMEOUT(pane.model()->rowCount(), 2, stockTimeout);
    QCOMPARE(pane.model()->item(0).id, t->id);
    QCOMPARE(pane.model()->item(1).id, s->id);
    QCOMPARE(pane.summaryText(), QStringLiteral("2 items to reorder"));

    QSignalSpy activated(&pane, &LowStockPane::itemActivated);
    TableView *view = pane.view();
    view->selectSourceRow(1);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(), s->id);
}

QTEST_MAIN(tst_LowStockPane)
#include "tst_lowstockpane.moc"
