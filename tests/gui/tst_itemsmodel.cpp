// The categories and items models: asynchronous loading, stale answers dropped, live refresh
// updating rows in place. Every model runs under QAbstractItemModelTester.

#include "asyncrunner.h"
#include "categoriesmodel.h"
#include "connection.h"
#include "itemsmodel.h"
#include "operations.h"
#include "testcluster.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace inventory;
using inventory::test::TestCluster;

namespace {
const QString db = QStringLiteral("tst_itemsmodel");
}

class tst_ItemsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void categoriesLoad();
    void categoryUnitsLoadForShownRowsAndRefresh();
    void categoryShowsTopItemsByQuantity();
    void staleAnswerIsDropped();
    void searchByPrefix();
    void showItemById_data();
    void showItemById();
    void liveRefreshUpdatesRowsInPlace();
    void refreshWhileLoadingIsNotQueued();

private:
    QList<qint64> m_kitchen;
    qint64 m_hammer = 0;
};

void tst_ItemsModel::initTestCase()
{
    installTranslations(); // the English plural forms
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().staff(db));
    const int quantities[] = { 10, 50, 30, 20, 40 };
    int n = 0;
    for (int quantity : quantities) {
        auto item =
            createItem({ QStringLiteral("Mug %1").arg(++n), {}, quantity, 500, QStringLiteral("Kitchen") });
        QVERIFY2(item, item ? "" : qPrintable(item.error().message));
        m_kitchen << item->id;
    }
    auto hammer = createItem({ QStringLiteral("Hammer"), {}, 7, 1999, QStringLiteral("Tools") });
    auto saw = createItem({ QStringLiteral("Saw"), {}, 3, 2499, QStringLiteral("Tools") });
    QVERIFY(hammer && saw);
    m_hammer = hammer->id;
}

void tst_ItemsModel::cleanupTestCase()
{
    shutdownDatabasePool();
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_ItemsModel::categoriesLoad()
{
    CategoriesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &CategoriesModel::loaded);
    model.reload();
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 2);
    const int kitchen = model.rowOf(QStringLiteral("Kitchen"));
    QVERIFY(kitchen >= 0);
    QCOMPARE(
        model.index(kitchen, CategoriesModel::ItemCountColumn).data(CategoriesModel::SortRole).toLongLong(),
        5);
    QCOMPARE(model.index(model.rowOf(QStringLiteral("Tools")), CategoriesModel::NameColumn).data().toString(),
             QStringLiteral("Tools"));
}

void tst_ItemsModel::categoryUnitsLoadForShownRowsAndRefresh()
{
    QList<qint64> garden;
    for (int quantity : { 5, 6, 7 }) {
        auto item = createItem(
            { QStringLiteral("Rake %1").arg(quantity), {}, quantity, 900, QStringLiteral("Garden") });
        QVERIFY2(item, item ? "" : qPrintable(item.error().message));
        garden << item->id;
    }
    CategoriesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &CategoriesModel::loaded);
    QSignalSpy unitsLoaded(&model, &CategoriesModel::unitsLoaded);
    model.reload();
    QVERIFY(loaded.wait());
    const QModelIndex gardenUnits =
        model.index(model.rowOf(QStringLiteral("Garden")), CategoriesModel::UnitsColumn);
    const QModelIndex kitchenUnits =
        model.index(model.rowOf(QStringLiteral("Kitchen")), CategoriesModel::UnitsColumn);

    // Asking is what fetches: until an answer arrives the cell says so, never a made-up number.
    if (!model.units(QStringLiteral("Garden"))) {
        QCOMPARE(gardenUnits.data().toString(), QStringLiteral("…"));
        QCOMPARE(gardenUnits.data(CategoriesModel::SortRole).toLongLong(), -1);
        QVERIFY(unitsLoaded.wait());
    }
    QCOMPARE(model.units(QStringLiteral("Garden")), std::optional<qint64>(18));
    QCOMPARE(gardenUnits.data(CategoriesModel::SortRole).toLongLong(), 18);
    (void)kitchenUnits.data(); // a row that is painted asks for its own
    QTRY_COMPARE(model.units(QStringLiteral("Kitchen")), std::optional<qint64>(150));

    // Another client reserves: the figure stays until a refresh, then is summed again.
    QVERIFY(reserve(garden.at(2), 4));
    QCOMPARE(model.units(QStringLiteral("Garden")), std::optional<qint64>(18));
    unitsLoaded.clear();
    model.refreshUnits(); // marks stale; the views (here the tester) ask again
    QCOMPARE(gardenUnits.data(CategoriesModel::SortRole).toLongLong(), 18); // old figure until then
    QTRY_COMPARE(model.units(QStringLiteral("Garden")), std::optional<qint64>(14));
    QVERIFY(gardenUnits.data(Qt::ToolTipRole).toString().contains(QStringLiteral("summed at")));
}

void tst_ItemsModel::categoryShowsTopItemsByQuantity()
{
    ItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ItemsModel::loaded);
    model.showCategory(QStringLiteral("Kitchen"));
    QCOMPARE(model.rowCount(), 0); // nothing yet: the answer comes back through the event loop
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 5);
    QList<int> quantities;
    for (int row = 0; row < model.rowCount(); ++row)
        quantities << model.index(row, ItemsModel::QuantityColumn).data(ItemsModel::SortRole).toInt();
    QCOMPARE(quantities, (QList<int> { 50, 40, 30, 20, 10 }));
    QCOMPARE(model.totalInCategory(), 5);
    QCOMPARE(model.summaryText(), QStringLiteral("5 of 5 items in Kitchen"));
    QCOMPARE(model.index(0, ItemsModel::NameColumn).data().toString(), QStringLiteral("Mug 2"));
    QCOMPARE(model.index(0, ItemsModel::PriceColumn).data().toString(), QStringLiteral("5.00"));
}

void tst_ItemsModel::staleAnswerIsDropped()
{
    ItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ItemsModel::loaded);
    // Both requests are out before either answer can be delivered (answers arrive through the
    // event loop), so whichever order the server answers in, Kitchen's is the stale one.
    model.showCategory(QStringLiteral("Kitchen"));
    model.showCategory(QStringLiteral("Tools"));
    QVERIFY(loaded.wait());
    databasePool()->waitForDone();
    QTest::qWait(100); // let a late Kitchen answer reach the model, if it were going to
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(model.category(), QStringLiteral("Tools"));
    QCOMPARE(model.rowCount(), 2);
    for (const Item &item : model.items())
        QCOMPARE(item.category, QStringLiteral("Tools"));
    QVERIFY(!model.isLoading());
}

void tst_ItemsModel::searchByPrefix()
{
    ItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ItemsModel::loaded);
    model.search(QStringLiteral("mug"));
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.summaryText(), QStringLiteral("5 items named 'mug…'"));
    model.search(QStringLiteral("Ham"));
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.item(0).id, m_hammer);
}

void tst_ItemsModel::showItemById_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("summary");
    QTest::newRow("existing") << true << 1 << QStringLiteral("Item #%1");
    QTest::newRow("missing") << false << 0 << QStringLiteral("No item #%1");
}

void tst_ItemsModel::showItemById()
{
    QFETCH(bool, exists);
    QFETCH(int, rows);
    QFETCH(QString, summary);
    const qint64 id = exists ? m_hammer : 987654321;
    ItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ItemsModel::loaded);
    QSignalSpy failed(&model, &ItemsModel::failed);
    model.showItem(id);
    QVERIFY(loaded.wait());
    QCOMPARE(failed.count(), 0);
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.summaryText(), summary.arg(id));
}

void tst_ItemsModel::liveRefreshUpdatesRowsInPlace()
{
    ItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ItemsModel::loaded);
    model.showCategory(QStringLiteral("Tools"));
    QVERIFY(loaded.wait());
    const int row = model.rowOf(m_hammer);
    QVERIFY(row >= 0);

    // Someone else (the shop) takes stock: a refresh shows it without resetting the model.
    QVERIFY(TestCluster::instance().ownerExec(
        db, QStringLiteral("UPDATE items SET quantity = quantity - 2 WHERE id = $1"), { m_hammer }));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refresh();
    QVERIFY(loaded.wait());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.item(model.rowOf(m_hammer)).quantity, 5);

    // Nothing changed: a refresh is silent.
    model.refresh();
    QVERIFY(loaded.wait());
    QCOMPARE(changed.count(), 1);
    QVERIFY(TestCluster::instance().ownerExec(
        db, QStringLiteral("UPDATE items SET quantity = 7 WHERE id = $1"), { m_hammer }));
}

void tst_ItemsModel::refreshWhileLoadingIsNotQueued()
{
    ItemsModel model;
    QSignalSpy loaded(&model, &ItemsModel::loaded);
    model.showCategory(QStringLiteral("Kitchen"));
    model.refresh(true); // the periodic refresh: skipped, a load is under way
    model.refresh(true);
    QVERIFY(loaded.wait());
    databasePool()->waitForDone();
    QTest::qWait(100);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(model.rowCount(), 5);
}

QTEST_MAIN(tst_ItemsModel)
#include "tst_itemsmodel.moc"
