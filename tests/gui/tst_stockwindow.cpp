// The stock views in the main window: scan mode in the find box (a simulated scanner's key
// clicks and Enter select the item, focus stays in the box; an unknown barcode is said and
// changes nothing), the History, Low Stock and Count tabs, the stock actions following the
// chosen item, and Undo from the status bar.

#include "asyncrunner.h"
#include "browsepane.h"
#include "categoriesmodel.h"
#include "connection.h"
#include "countpane.h"
#include "historymodel.h"
#include "historypane.h"
#include "itemdetails.h"
#include "itemsmodel.h"
#include "lowstockmodel.h"
#include "lowstockpane.h"
#include "mainwindow.h"
#include "operations.h"
#include "receivedialog.h"
#include "stock.h"
#include "stockactions.h"
#include "stocktest.h"
#include "tableview.h"
#include "translations.h"

#include <QAction>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace inventory;
using namespace inventory::test;

namespace {
const QString db = QStringLiteral("tst_stockwindow");
}

class tst_StockWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void scannedBarcodeSelectsItem();
    void unknownBarcodeChangesNothing();
    void stockTabsAndActions();
    void undoFromStatusBar();

private:
    std::unique_ptr<MainWindow> openWindow(Session &session, const ConnectionSettings &settings);
    qint64 m_vase = 0;
    QString m_vaseCode;
};

std::unique_ptr<MainWindow> tst_StockWindow::openWindow(Session &session, const ConnectionSettings &settings)
{
    auto window = std::make_unique<MainWindow>(&session);
    window->show();
    window->activateWindow();
    session.start(settings);
    const bool ready = QTest::qWaitFor(
        [&] { return session.isConnected() && window->categoriesModel()->rowCount() > 0; }, stockTimeout);
    if (!ready || !QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    return window;
}

void tst_StockWindow::initTestCase()
{
    installTranslations(); // the English plural forms
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().manager(db));
    m_vaseCode = ean13(QStringLiteral("400638133393"));
    NewItem vase { QStringLiteral("Blue vase"), {}, 7, 1990, QStringLiteral("Home") };
    vase.barcode = m_vaseCode;
    vase.sku = QStringLiteral("VASE-BL");
    vase.reorderPoint = 10;
    auto v = createItem(vase);
    QVERIFY2(v, v ? "" : qPrintable(v.error().message));
    m_vase = v->id;
    QVERIFY(createItem({ QStringLiteral("Candle"), {}, 40, 450, QStringLiteral("Home") }));
}

void tst_StockWindow::cleanupTestCase()
{
    shutdownDatabasePool();
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_StockWindow::init()
{
    setConnectionSettings(TestCluster::instance().manager(db));
}

void tst_StockWindow::scannedBarcodeSelectsItem()
{
    Session session;
    auto window = openWindow(session, TestCluster::instance().staff(db));
    QVERIFY(window);
    QLineEdit *find = window->searchBox();
    find->setFocus();
    QTest::keyClicks(find, m_vaseCode);
    QTest::keyClick(find, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemDetails()->item().id, m_vase, stockTimeout);
    QCOMPARE(QApplication::focusWidget(), find);
    QCOMPARE(window->stockActions()->item().id, m_vase); // the stock actions follow the choice
    QVERIFY(window->stockActions()->action(StockActions::Action::Receive)->isEnabled());

    // By SKU, and a second scan right after replaces the first.
    QTest::keyClicks(find, QStringLiteral("vase-bl"));
    QTest::keyClick(find, Qt::Key_Enter);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->mode(), ItemsModel::Mode::Single, stockTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemDetails()->item().id, m_vase, stockTimeout);
    QCOMPARE(QApplication::focusWidget(), find);

    // A name still searches by prefix.
    find->clear();
    QTest::keyClicks(find, QStringLiteral("cand"));
    QTest::keyClick(find, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->mode(), ItemsModel::Mode::Search, stockTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->rowCount(), 1, stockTimeout);
}

void tst_StockWindow::unknownBarcodeChangesNothing()
{
    Session session;
    auto window = openWindow(session, TestCluster::instance().staff(db));
    QVERIFY(window);
    QVERIFY(window->selectCategory(QStringLiteral("Home")));
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->rowCount(), 2, stockTimeout);
    const QString before = TestCluster::instance().stateFingerprint(db);
    const QString unknown = ean13(QStringLiteral("000000000017"));
    QLineEdit *find = window->searchBox();
    find->setFocus();
    QTest::keyClicks(find, unknown);
    QTest::keyClick(find, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window->lastMessage(),
                              QStringLiteral("No item has the barcode '%1'. Nothing was changed.").arg(unknown),
                              stockTimeout);
    QCOMPARE(QApplication::focusWidget(), find);
    QTest::qWait(400); // the debounced search must not run either
    QCOMPARE(window->itemsModel()->mode(), ItemsModel::Mode::Category);
    QCOMPARE(window->itemsModel()->rowCount(), 2);
    QCOMPARE(TestCluster::instance().stateFingerprint(db), before);
}

void tst_StockWindow::stockTabsAndActions()
{
    Session session;
    auto window = openWindow(session, TestCluster::instance().staff(db));
    QVERIFY(window);
    auto *tabs = window->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 6); // Dashboard, Browse, Reservations, History, Low Stock, Count
    window->showTab(MainWindow::Tab::LowStock);
    QTRY_VERIFY_WITH_TIMEOUT(window->lowStockPane()->model()->rowOf(m_vase) >= 0, stockTimeout);
    // Activating it goes to the item on the Browse tab.
    TableView *low = window->lowStockPane()->view();
    low->selectSourceRow(window->lowStockPane()->model()->rowOf(m_vase));
    low->setFocus();
    QTest::keyClick(low, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(tabs->currentWidget(), window->browsePane(), stockTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemDetails()->item().id, m_vase, stockTimeout);

    window->showTab(MainWindow::Tab::History);
    QTRY_VERIFY_WITH_TIMEOUT(window->historyPane()->model()->rowCount() >= 2, stockTimeout);

    // Staff: receive yes; adjust, edit, archive, new count no, and the tooltip says why.
    StockActions *stock = window->stockActions();
    QVERIFY(stock->action(StockActions::Action::Receive)->isEnabled());
    QVERIFY(!stock->action(StockActions::Action::Adjust)->isEnabled());
    QVERIFY(stock->action(StockActions::Action::Adjust)->toolTip().startsWith(QStringLiteral("Only managers")));
    QVERIFY(!stock->action(StockActions::Action::NewCount)->isEnabled());
    // A count open: its tab takes the scanner's input straight away.
    setConnectionSettings(TestCluster::instance().manager(db));
    auto count = openCount(QStringLiteral("Home"));
    QVERIFY(count);
    window->showTab(MainWindow::Tab::Count);
    QTRY_COMPARE_WITH_TIMEOUT(window->countPane()->currentCount(), count->id, stockTimeout);
    QTRY_COMPARE(QApplication::focusWidget(), window->countPane()->scanField());
}

void tst_StockWindow::undoFromStatusBar()
{
    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    QLineEdit *find = window->searchBox();
    find->setFocus();
    QTest::keyClicks(find, QStringLiteral("#%1").arg(m_vase));
    QTest::keyClick(find, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window->stockActions()->item().id, m_vase, stockTimeout);
    const int before = quantityOf(db, m_vase);
    ReceiveDialog *dialog = window->stockActions()->openReceiveDialog();
    QVERIFY(dialog);
    dialog->setQuantityText(QStringLiteral("24"));
    dialog->submit();
    QVERIFY(acceptConfirmation().startsWith(QStringLiteral("Receive 24 units")));
    QTRY_COMPARE_WITH_TIMEOUT(quantityOf(db, m_vase), before + 24, stockTimeout);
    auto *undo = window->findChild<QToolButton *>(QStringLiteral("undoButton"));
    QVERIFY(undo);
    QTRY_VERIFY(undo->isVisible());
    QVERIFY2(window->lastMessage().contains(QStringLiteral("Undo")), qPrintable(window->lastMessage()));
    QTest::mouseClick(undo, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(quantityOf(db, m_vase), before, stockTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(window->lastMessage().startsWith(QStringLiteral("Undone")), stockTimeout);
    QVERIFY(!undo->isVisible()); // once only
}

QTEST_MAIN(tst_StockWindow)
#include "tst_stockwindow.moc"
