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
#include <set>

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
    void wholeCategoryInPages_data();
    void wholeCategoryInPages();

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
    QCOMPARE(model.summaryText(), QStringLiteral("Top 5 of 5 in Kitchen"));
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




void tst_ItemsModel::wholeCategoryInPages_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<bool>("ascending");
    for (const auto &[name, order] : { std::pair { "quantity", BrowseOrder::Quantity }, { "name", BrowseOrder::Name },
                                       { "id", BrowseOrder::Id }, { "price", BrowseOrder::Price },
                                       { "last change", BrowseOrder::Updated } }) {
        QTest::addRow("%s ascending", name) << int(order) << true;
        QTest::addRow("%s descending", name) << int(order) << false;
    }
}

void tst_ItemsModel::wholeCategoryInPages()
{
    QFETCH(int, order);
    QFETCH(bool, ascending);
    // 450 parts: 447 with 100 units or more, and three nearly gone that the top 100 never shows.
    static QList<qint64> parts;
    if (parts.isEmpty()) {
        for (int i = 0; i < 450; ++i) {
            const int quantity = i < 3 ? 1 + 2 * i : 100 + i % 150; // many ties in quantity
            auto part = createItem({ QStringLiteral("Part %1").arg(i % 200, 3, 10, QLatin1Char('0')), {}, quantity,
                                     100 + (i * 37) % 500, QStringLiteral("Parts") });
            QVERIFY2(part, part ? "" : qPrintable(part.error().message));
            parts << part->id;
        }
    }
    ItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ItemsModel::loaded);
    model.showWholeCategory(QStringLiteral("Parts"), BrowseOrder(order), ascending);
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), ItemsModel::pageSize);
    QCOMPARE(model.totalInCategory(), 450);
    // Page by page, as a view scrolling to the end asks (the model tester asks too).
    auto fetchAll = [&] {
        if (model.canFetchMore({}))
            model.fetchMore({});
        return model.rowCount() >= 450;
    };
    QTRY_VERIFY_WITH_TIMEOUT(fetchAll(), 15000);
    QTest::qWait(50);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowCount(), 450);
    std::set<qint64> seen;
    for (const Item &item : model.items())
        seen.insert(item.id);
    QCOMPARE(int(seen.size()), 450); // every part once
    // In the server's order, ties by id.
    auto key = [&](const Item &item) -> QVariant {
        switch (BrowseOrder(order)) {
        case BrowseOrder::Quantity:
            return item.quantity;
        case BrowseOrder::Name:
            return item.name.toLower();
        case BrowseOrder::Id:
            return item.id;
        case BrowseOrder::Price:
            return item.price;
        case BrowseOrder::Updated:
            return item.updatedAt;
        }
        return {};
    };
    for (int row = 1; row < model.rowCount(); ++row) {
        const QVariant before = key(model.item(row - 1));
        const QVariant now = key(model.item(row));
        const auto cmp = QVariant::compare(before, now);
        QVERIFY2(ascending ? cmp <= 0 : cmp >= 0, qPrintable(QStringLiteral("row %1").arg(row)));
    }
    if (BrowseOrder(order) == BrowseOrder::Quantity && ascending) {
        QCOMPARE(model.item(0).quantity, 1); // reachable, unlike in the top 100
        QCOMPARE(model.item(2).quantity, 5);
        QCOMPARE(model.summaryText(), QStringLiteral("All 450 in Parts, by quantity ascending"));
    }
}

QTEST_MAIN(tst_ItemsModel)
#include "tst_itemsmodel.moc"
