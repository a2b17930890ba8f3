// The Browse tab on a real database: Enter in the find box keeps the item found; filtering the
// category list does not change what is browsed; a long name never widens the window; Refresh
// refreshes the units per category; search results say each item's category; copied rows
// hold plain numbers; columns sort from the keyboard.

#include "browsepane.h"
#include "categoriesmodel.h"
#include "asyncrunner.h"
#include "connection.h"
#include "guitest.h"
#include "itemdetails.h"
#include "itemsmodel.h"
#include "operations.h"
#include "tableview.h"
#include "testcluster.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>

using namespace inventory;
using namespace inventory::test;

namespace {
const QString db = QStringLiteral("tst_browsepane");
}

class tst_BrowsePane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void enterAfterGoToKeepsTheItem();
    void filteringCategoriesKeepsWhatIsBrowsed();
    void longNameNeverWidensTheWindow();
    void refreshUpdatesCategoryUnits();
    void searchResultsShowTheirCategory();
    void copiedRowsHoldPlainNumbers();
    void columnsSortFromTheKeyboard();
    void wholeCategorySortedByTheServer();
    void currentCellIsOutlined();

private:
    qint64 m_hammer = 0;
    qint64 m_mug = 0;
    qint64 m_bulk = 0;
};

void tst_BrowsePane::initTestCase()
{
    installTranslations(); // the English plural forms
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().manager(db));
    auto book = createItem({ QStringLiteral("Atlas"), {}, 5, 2500, QStringLiteral("Books") });
    auto mug = createItem({ QStringLiteral("Blue mug"), {}, 40, 1250, QStringLiteral("Kitchen") });
    auto hammer = createItem({ QStringLiteral("Hammer"), {}, 7, 1999, QStringLiteral("Tools") });
    auto bulk = createItem({ QStringLiteral("Screws (box)"), {}, 1105, 123450, QStringLiteral("Bulk") });
    QVERIFY(book && mug && hammer && bulk);
    m_mug = mug->id;
    m_hammer = hammer->id;
    m_bulk = bulk->id;
}

void tst_BrowsePane::cleanupTestCase()
{
    shutdownDatabasePool();
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_BrowsePane::init()
{
    QSettings().clear(); // no category or layout remembered from the previous test
    setConnectionSettings(TestCluster::instance().manager(db));
}

void tst_BrowsePane::enterAfterGoToKeepsTheItem()
{
    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    window->browsePane()->goToItemAction()->trigger(); // Ctrl+G
    QLineEdit *search = window->searchBox();
    QCOMPARE(search->text(), QStringLiteral("#"));
    QTest::keyClicks(search, QString::number(m_hammer));
    QTRY_COMPARE_WITH_TIMEOUT(window->itemDetails()->item().id, m_hammer, guiTimeout);
    QSignalSpy loaded(window->itemsModel(), &ItemsModel::loaded);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(loaded.wait(guiTimeout));
    QTest::qWait(50);
    QCOMPARE(window->itemDetails()->item().id, m_hammer);
    QCOMPARE(window->itemsView()->currentSourceRow(), window->itemsModel()->rowOf(m_hammer));
    QVERIFY(window->action(MainWindow::Action::Reserve)->isEnabled());
}

void tst_BrowsePane::filteringCategoriesKeepsWhatIsBrowsed()
{
    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    QVERIFY(window->selectCategory(QStringLiteral("Books")));
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->category(), QStringLiteral("Books"), guiTimeout);
    QLineEdit *filter = window->browsePane()->categoryFilter();
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("t")); // Books is filtered out, Kitchen and Tools stay
    QTest::qWait(100);
    QCOMPARE(window->itemsModel()->category(), QStringLiteral("Books"));
    // No other category looks chosen either.
    QVERIFY(!window->categoriesView()->selectionModel()->hasSelection());
    QTest::keyClick(filter, Qt::Key_Backspace);
    QTest::qWait(100);
    QCOMPARE(window->itemsModel()->category(), QStringLiteral("Books"));
    QCOMPARE(window->browsePane()->chosenCategory(), QStringLiteral("Books"));
    // Filtering down to one other category and choosing it browses it.
    QTest::keyClicks(filter, QStringLiteral("too"));
    window->categoriesView()->setFocus();
    QTest::keyClick(window->categoriesView(), Qt::Key_Down);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->category(), QStringLiteral("Tools"), guiTimeout);
}

void tst_BrowsePane::longNameNeverWidensTheWindow()
{
    QString name;
    while (name.size() < 255)
        name += QStringLiteral("Wide ");
    name.truncate(255);
    name = name.trimmed(); // as the server keeps it
    auto item = createItem({ name, {}, 3, 100, QStringLiteral("Kitchen") });
    QVERIFY2(item, item ? "" : qPrintable(item.error().message));
    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    window->resize(1000, 700);
    QTRY_COMPARE(window->width(), 1000);
    window->browsePane()->goToItem(item->id);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemDetails()->item().id, item->id, guiTimeout);
    QTest::qWait(100); // layouts settle
    QVERIFY2(window->width() <= 1000, qPrintable(QString::number(window->width())));
    QVERIFY2(window->minimumSizeHint().width() <= 1000,
             qPrintable(QString::number(window->minimumSizeHint().width())));
    auto *title = window->itemDetails()->findChild<QLabel *>(QStringLiteral("itemTitle"));
    QVERIFY(title);
    QVERIFY2(title->toolTip().contains(name), qPrintable(title->toolTip()));
    QVERIFY(title->width() <= 1000);
}

void tst_BrowsePane::refreshUpdatesCategoryUnits()
{
    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    CategoriesModel *categories = window->categoriesModel();
    const QString tools = QStringLiteral("Tools");
    QTRY_VERIFY_WITH_TIMEOUT(categories->units(tools).has_value(), guiTimeout);
    const qint64 before = *categories->units(tools);
    QVERIFY(TestCluster::instance().ownerExec(
        db, QStringLiteral("UPDATE items SET quantity = quantity + 5 WHERE id = $1"), { m_hammer }));
    window->action(MainWindow::Action::Refresh)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(categories->units(tools).value_or(-1), before + 5, 10000);
    QVERIFY(TestCluster::instance().ownerExec(
        db, QStringLiteral("UPDATE items SET quantity = quantity - 5 WHERE id = $1"), { m_hammer }));
}

void tst_BrowsePane::searchResultsShowTheirCategory()
{
    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    QVERIFY(window->selectCategory(QStringLiteral("Kitchen")));
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->category(), QStringLiteral("Kitchen"), guiTimeout);
    QLineEdit *search = window->searchBox();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("ham"));
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->mode(), ItemsModel::Mode::Search, guiTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->rowCount(), 1, guiTimeout);
    QVERIFY2(!window->categoriesView()->selectionModel()->hasSelection(),
             "a category looks chosen while search results are shown");
    TableView *view = window->itemsView();
    int categoryColumn = -1;
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        if (view->model()->headerData(column, Qt::Horizontal).toString() == QStringLiteral("Category")
            && !view->isColumnHidden(column))
            categoryColumn = column;
    }
    QVERIFY2(categoryColumn >= 0, "no Category column in the search results");
    QCOMPARE(view->model()->index(0, categoryColumn).data().toString(), QStringLiteral("Tools"));
    // Back to the category once the search is cleared.
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->category(), QStringLiteral("Kitchen"), guiTimeout);
    QCOMPARE(window->browsePane()->chosenCategory(), QStringLiteral("Kitchen"));
}

void tst_BrowsePane::copiedRowsHoldPlainNumbers()
{
    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    QVERIFY(window->selectCategory(QStringLiteral("Bulk")));
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->rowCount(), 1, guiTimeout);
    TableView *view = window->itemsView();
    QCOMPARE(view->model()->index(0, ItemsModel::QuantityColumn).data().toString(), QStringLiteral("1,105"));
    view->setFocus();
    view->selectAll();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QStringList cells = lines.at(1).split(QLatin1Char('\t'));
    QVERIFY2(cells.contains(QStringLiteral("1105")), qPrintable(lines.at(1)));
    QVERIFY2(cells.contains(QStringLiteral("1234.50")), qPrintable(lines.at(1)));
    QVERIFY2(cells.contains(QStringLiteral("Screws (box)")), qPrintable(lines.at(1)));
}

void tst_BrowsePane::columnsSortFromTheKeyboard()
{
    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    QVERIFY(window->selectCategory(QStringLiteral("Kitchen")));
    QTRY_VERIFY_WITH_TIMEOUT(window->itemsModel()->rowCount() >= 2, guiTimeout);
    TableView *view = window->itemsView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, ItemsModel::QuantityColumn));
    QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(ItemsModel::QuantityColumn));
    QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    const int first = view->model()->index(0, ItemsModel::QuantityColumn).data(ItemsModel::SortRole).toInt();
    const int last = view->model()
                         ->index(view->model()->rowCount() - 1, ItemsModel::QuantityColumn)
                         .data(ItemsModel::SortRole)
                         .toInt();
    QVERIFY(first <= last);
    QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier); // again: the other way
    QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

void tst_BrowsePane::wholeCategorySortedByTheServer()
{
    // 120 well-stocked items and one nearly gone: the top 100 cannot reach it, the whole
    // category sorted by quantity ascending shows it first.
    for (int i = 0; i < 120; ++i)
        QVERIFY(createItem({ QStringLiteral("Bolt %1").arg(i), {}, 300 + i, 50, QStringLiteral("Automotive") }));
    auto last = createItem({ QStringLiteral("Wiper blade"), {}, 1, 900, QStringLiteral("Automotive") });
    QVERIFY(last);
    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    QVERIFY(window->selectCategory(QStringLiteral("Automotive")));
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->rowCount(), 100, guiTimeout);
    QVERIFY(window->itemsModel()->rowOf(last->id) < 0);
    auto *summary = window->findChild<QLabel *>(QStringLiteral("itemsSummary"));
    QCOMPARE(summary->text(), QStringLiteral("Top 100 of 121 in Automotive"));

    auto *choice = window->findChild<QComboBox *>(QStringLiteral("viewChoice"));
    QVERIFY(choice);
    choice->setCurrentIndex(1); // the whole category
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->mode(), ItemsModel::Mode::All, guiTimeout);
    TableView *view = window->itemsView();
    // A click on Available sorts descending first (the proxy's default is ascending; click twice).
    view->horizontalHeader()->setSortIndicator(ItemsModel::QuantityColumn, Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(window->itemsModel()->browseAscending() && !window->itemsModel()->isLoading()
                                 && window->itemsModel()->rowCount() > 0,
                             guiTimeout);
    QCOMPARE(window->itemsModel()->browseOrder(), BrowseOrder::Quantity);
    QCOMPARE(view->model()->index(0, ItemsModel::IdColumn).data().toLongLong(), last->id);
    QCOMPARE(summary->text(), QStringLiteral("All 121 in Automotive, by quantity ascending"));
    // Scrolling to the end loads the rest.
    view->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->rowCount(), 121, guiTimeout);
    // Back to the top 100.
    choice->setCurrentIndex(0);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->mode(), ItemsModel::Mode::Category, guiTimeout);
}

void tst_BrowsePane::currentCellIsOutlined()
{
    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    QVERIFY(window->selectCategory(QStringLiteral("Kitchen")));
    QTRY_VERIFY_WITH_TIMEOUT(window->itemsModel()->rowCount() >= 1, guiTimeout);
    TableView *view = window->itemsView();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    const QModelIndex current = view->model()->index(0, ItemsModel::PriceColumn);
    view->setCurrentIndex(current);
    const QColor outline = view->palette().color(QPalette::Active, QPalette::Text);
    // The left edge of the current cell, halfway down: the outline's colour, with focus only.
    auto edgeHasOutline = [&] {
        const QImage shot = view->viewport()->grab().toImage();
        const QRect cell = view->visualRect(current);
        for (int x = cell.left(); x <= cell.left() + 2; ++x) {
            if (QColor(shot.pixel(x, cell.center().y())) == outline)
                return true;
        }
        return false;
    };
    QVERIFY2(edgeHasOutline(), "the current cell has no visible outline");
    window->searchBox()->setFocus();
    QTRY_VERIFY(!view->hasFocus());
    QVERIFY(!edgeHasOutline());
}

QTEST_MAIN(tst_BrowsePane)
#include "tst_browsepane.moc"
