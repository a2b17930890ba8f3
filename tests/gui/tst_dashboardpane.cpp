// The Dashboard tab on a real server: it shows what the database holds (units per category, the
// hours reservations expire in, movements by day and reason, low items, the day's counts), a
// click on a bar or point, or Enter on the highlighted one, asks for the matching view, and the
// window takes it there: the category in Browse, the reservations of that hour, the history of
// that day and reason. Managers start on it; it can be turned off. The low-items model runs
// under QAbstractItemModelTester.

#include "asyncrunner.h"
#include "blocksmodel.h"
#include "browsepane.h"
#include "chartview.h"
#include "connection.h"
#include "dashboardmodel.h"
#include "dashboardpane.h"
#include "desksettings.h"
#include "guitest.h"
#include "historymodel.h"
#include "historypane.h"
#include "itemdetails.h"
#include "itemsmodel.h"
#include "operations.h"
#include "reservationspane.h"
#include "stock.h"
#include "stocktest.h"
#include "tableview.h"
#include "translations.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QFontMetrics>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QXYSeries>

using namespace inventory;
using namespace inventory::test;
using namespace std::chrono_literals;

namespace {
const QString db = QStringLiteral("tst_dashboardpane");

Item made(const Result<Item> &item)
{
    if (!item)
        qFatal("createItem: %s", qPrintable(item.error().message));
    return *item;
}

bool loaded(DashboardPane &pane)
{
    return QTest::qWaitFor([&] { return pane.model()->hasData() && !pane.model()->isLoading(); }, stockTimeout);
}

// The index of the stock chart's bar for `category`.
int barOf(DashboardPane &pane, const QString &category)
{
    for (int i = 0; i < pane.stockChart()->count(); ++i) {
        if (pane.categoryAt(i) == category)
            return i;
    }
    return -1;
}
} // namespace

class tst_DashboardPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void paneShowsTheFigures();
    void clicksAndKeysAskForTheMatchingView();
    void windowTakesTheDashboardsWay();
    void categoryListLeadsToBrowse();
    void staffStartOnBrowseAndCanTurnItOff();
    void hourNamesAreNeverCut();

private:
    Item m_mugs;
    Item m_hose;
    Item m_seeds;
    qint64 m_soonBlock = 0;
};

void tst_DashboardPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    installTranslations(); // the English plural forms
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().manager(db));
    // Kitchen holds the most units, Garden less; the seeds are low.
    m_mugs = made(createItem({ QStringLiteral("Blue mug"), {}, 300, 450, QStringLiteral("Kitchen") }));
    m_hose = made(createItem({ QStringLiteral("Garden hose"), {}, 40, 2500, QStringLiteral("Garden") }));
    NewItem seeds { QStringLiteral("Tomato seeds"), {}, 3, 199, QStringLiteral("Garden") };
    seeds.reorderPoint = 10;
    m_seeds = made(createItem(seeds));
    QVERIFY(receive(m_hose.id, 12, StockReason::Received, QStringLiteral("DN-1")));
    QVERIFY(receive(m_mugs.id, 2, StockReason::Returned));
    QVERIFY(adjust(m_mugs.id, { .by = -1, .reason = StockReason::Damaged }));
    auto soon = reserve(m_mugs.id, 4, Ttl(3h));
    QVERIFY(soon);
    m_soonBlock = soon->blockId;
    auto confirmed = reserve(m_hose.id, 2);
    QVERIFY(confirmed && confirm(confirmed->blockId));
}

void tst_DashboardPane::cleanupTestCase()
{
    shutdownDatabasePool();
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_DashboardPane::init()
{
    QSettings().clear();
}

void tst_DashboardPane::paneShowsTheFigures()
{
    Session session;
    QVERIFY(connectSession(session, TestCluster::instance().staff(db)));
    DashboardPane pane(&session, nullptr);
    QAbstractItemModelTester tester(pane.model()->lowItems(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.resize(1000, 700);
    pane.show();
    QVERIFY(pane.statusText().isEmpty()); // nothing is read before it is looked at
    pane.activate();
    QVERIFY(loaded(pane));
    QVERIFY2(pane.statusText().startsWith(QStringLiteral("As of ")), qPrintable(pane.statusText()));

    // Units: Kitchen 300 + 2 - 1 = 301 (4 of them reserved), Garden 40 + 12 + 3 = 55.
    ChartView *stock = pane.stockChart();
    QCOMPARE(stock->count(), 2);
    const int kitchen = barOf(pane, QStringLiteral("Kitchen"));
    const int garden = barOf(pane, QStringLiteral("Garden"));
    QCOMPARE(kitchen, 1); // the largest on top
    QCOMPARE(garden, 0);
    stock->setCurrent(kitchen);
    QVERIFY2(stock->currentText().startsWith(QStringLiteral("Kitchen: 301 units in stock")),
             qPrintable(stock->currentText()));
    QCOMPARE(stock->accessibleDescription(), stock->currentText());
    QCOMPARE(stock->accessibleName(), QStringLiteral("Units in stock by category"));

    // Expiring: 25 hours, the one reservation in the hour its expiry falls in.
    ChartView *expiring = pane.expiringChart();
    QCOMPARE(expiring->count(), 25);
    auto *points = qobject_cast<QXYSeries *>(expiring->series());
    QVERIFY(points);
    qreal total = 0;
    for (const QPointF &p : points->points())
        total += p.y();
    QCOMPARE(total, 1.0);
    const QList<ExpiringHour> &hours = pane.model()->expiring().hours;
    const auto hour = std::find_if(hours.begin(), hours.end(), [](const ExpiringHour &h) { return h.reservations > 0; });
    QVERIFY(hour != hours.end());
    QCOMPARE(hour->units, 4);
    expiring->setCurrent(int(hour - hours.begin()));
    QVERIFY2(expiring->currentText().contains(QStringLiteral("1 reservation expires")),
             qPrintable(expiring->currentText()));

    // Movements today: a receipt, a return and a write-off, each its own set with its word.
    ChartView *movements = pane.movementsChart();
    auto *bars = qobject_cast<QAbstractBarSeries *>(movements->series());
    QVERIFY(bars);
    QStringList labels;
    for (QBarSet *set : bars->barSets())
        labels << set->label();
    QCOMPARE(labels, (QStringList { QStringLiteral("Received"), QStringLiteral("Returned"), QStringLiteral("Damaged") }));
    QCOMPARE(movements->count(), 30);
    const auto [reason, day] = pane.movementAt(29, 0);
    QCOMPARE(reason, QStringLiteral("received"));
    QCOMPARE(day, pane.model()->movements().last);
    QCOMPARE(bars->barSets().at(0)->at(29), 1.0);

    // The day's figures, in words for a screen reader too.
    const QList<QPushButton *> figures = pane.dayFigures();
    QCOMPARE(figures.size(), 4);
    QCOMPARE(figures.at(0)->accessibleName(), QStringLiteral("Reserved today: 2 (6 units)"));
    QCOMPARE(figures.at(1)->accessibleName(), QStringLiteral("Confirmed today: 1 (2 units)"));
    QCOMPARE(figures.at(2)->accessibleName(), QStringLiteral("Released today: 0 (0 units)"));
    QCOMPARE(pane.lowFigure()->accessibleName(), QStringLiteral("Items below their reorder point: 1"));

    // The low items: the seeds, "none" left would be said in words.
    LowStockModel *low = pane.model()->lowItems();
    QCOMPARE(low->rowCount(), 1);
    QCOMPARE(low->index(0, LowStockModel::NameColumn).data().toString(), QStringLiteral("Tomato seeds"));
    QCOMPARE(low->index(0, LowStockModel::AvailableColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(low->index(0, LowStockModel::ShortColumn).data().toString(), QStringLiteral("7"));

    // A refresh that finds the same figures redraws nothing; a change comes in.
    QSignalSpy changed(pane.model(), &DashboardModel::changed);
    QSignalSpy answered(pane.model(), &DashboardModel::loaded);
    pane.refresh();
    QVERIFY(answered.wait(stockTimeout));
    QCOMPARE(changed.count(), 0);
    setConnectionSettings(TestCluster::instance().manager(db));
    QVERIFY(receive(m_seeds.id, 1));
    pane.refresh();
    QVERIFY(changed.wait(stockTimeout));
    QCOMPARE(low->index(0, LowStockModel::AvailableColumn).data().toString(), QStringLiteral("4"));
    stock->setCurrent(barOf(pane, QStringLiteral("Garden")));
    QVERIFY2(stock->currentText().startsWith(QStringLiteral("Garden: 56 units")), qPrintable(stock->currentText()));
}

void tst_DashboardPane::clicksAndKeysAskForTheMatchingView()
{
    Session session;
    QVERIFY(connectSession(session, TestCluster::instance().staff(db)));
    DashboardPane pane(&session, nullptr);
    pane.resize(1000, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.activate();
    QVERIFY(loaded(pane));
    QApplication::processEvents();

    // A click on Kitchen's bar.
    QSignalSpy category(&pane, &DashboardPane::categoryRequested);
    ChartView *stock = pane.stockChart();
    const QPoint kitchen = stock->positionOf(barOf(pane, QStringLiteral("Kitchen")));
    QVERIFY(stock->viewport()->rect().contains(kitchen));
    QTest::mouseClick(stock->viewport(), Qt::LeftButton, {}, kitchen);
    QCOMPARE(category.count(), 1);
    QCOMPARE(category.first().first().toString(), QStringLiteral("Kitchen"));
    // The keyboard: Tab reaches the chart, Down moves to the bar below (Garden), Enter asks.
    stock->setFocus();
    QTest::keyClick(stock, Qt::Key_End); // the top bar
    QTest::keyClick(stock, Qt::Key_Down);
    QTest::keyClick(stock, Qt::Key_Return);
    QCOMPARE(category.count(), 2);
    QCOMPARE(category.last().first().toString(), QStringLiteral("Garden"));

    // The hour the reservation expires in: its start and end.
    QSignalSpy expiring(&pane, &DashboardPane::expiringRequested);
    const QList<ExpiringHour> &hours = pane.model()->expiring().hours;
    const int hour = int(std::find_if(hours.begin(), hours.end(), [](const ExpiringHour &h) { return h.reservations > 0; })
                         - hours.begin());
    ChartView *expiringChart = pane.expiringChart();
    QTest::mouseClick(expiringChart->viewport(), Qt::LeftButton, {}, expiringChart->positionOf(hour));
    QCOMPARE(expiring.count(), 1);
    QCOMPARE(expiring.first().at(0).toDateTime(), hours.at(hour).hour);
    QCOMPARE(expiring.first().at(1).toDateTime(), hours.at(hour).hour.addSecs(3600));

    // Today's receipts: the history of that day and reason.
    QSignalSpy history(&pane, &DashboardPane::historyRequested);
    ChartView *movements = pane.movementsChart();
    QTest::mouseClick(movements->viewport(), Qt::LeftButton, {}, movements->positionOf(29, 0));
    QCOMPARE(history.count(), 1);
    HistoryFilter filter = history.first().first().value<HistoryFilter>();
    QCOMPARE(filter.reason, QStringLiteral("received"));
    QCOMPARE(filter.kinds, movementKinds());
    QCOMPARE(filter.until.toMSecsSinceEpoch() - filter.since.toMSecsSinceEpoch(), 24 * 3600 * 1000);
    QVERIFY(filter.since <= QDateTime::currentDateTimeUtc() && QDateTime::currentDateTimeUtc() < filter.until);
    // Up moves to the set above (the returns), Space asks.
    movements->setFocus();
    QTest::keyClick(movements, Qt::Key_End);
    QTest::keyClick(movements, Qt::Key_Up);
    QTest::keyClick(movements, Qt::Key_Space);
    QCOMPARE(history.count(), 2);
    QCOMPARE(history.last().first().value<HistoryFilter>().reason, QStringLiteral("returned"));

    // A day figure: today's reservations in the history.
    QTest::mouseClick(pane.dayFigures().at(0), Qt::LeftButton);
    QCOMPARE(history.count(), 3);
    filter = history.last().first().value<HistoryFilter>();
    QCOMPARE(filter.kinds, QStringList { QStringLiteral("created") });
    QCOMPARE(filter.since, pane.model()->today().since);

    // The low items: Enter opens the item.
    QSignalSpy item(&pane, &DashboardPane::itemActivated);
    TableView *low = pane.lowItemsView();
    low->selectSourceRow(0);
    low->setFocus();
    QTest::keyClick(low, Qt::Key_Return);
    QCOMPARE(item.count(), 1);
    QCOMPARE(item.first().first().toLongLong(), m_seeds.id);
    QSignalSpy lowStock(&pane, &DashboardPane::lowStockRequested);
    pane.lowFigure()->setFocus();
    QTest::keyClick(pane.lowFigure(), Qt::Key_Space);
    QCOMPARE(lowStock.count(), 1);
}

// On the Dashboard, the category list beside it still leads to that category's items: also the
// category Browse already shows (choosing it changes no current row), by click and by Enter.
void tst_DashboardPane::categoryListLeadsToBrowse()
{
    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    auto *tabs = window->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QTRY_COMPARE_WITH_TIMEOUT(tabs->currentWidget(), window->dashboardPane(), stockTimeout);
    const QString browsed = window->itemsModel()->category();
    QVERIFY(!browsed.isEmpty());
    auto *list = window->findChild<TableView *>(QStringLiteral("categoriesView"));
    QVERIFY(list);
    const QModelIndex current = list->currentIndex();
    QVERIFY(current.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(current).center());
    QTRY_COMPARE_WITH_TIMEOUT(tabs->currentWidget(), window->browsePane(), stockTimeout);
    QCOMPARE(window->itemsModel()->category(), browsed);

    window->showTab(MainWindow::Tab::Dashboard);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(tabs->currentWidget(), window->browsePane(), stockTimeout);

    // And selectCategory() from code (the views' links) shows Browse as well.
    window->showTab(MainWindow::Tab::Dashboard);
    QVERIFY(window->selectCategory(browsed));
    QCOMPARE(tabs->currentWidget(), window->browsePane());
}

void tst_DashboardPane::windowTakesTheDashboardsWay()
{
    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    auto *tabs = window->findChild<QTabWidget *>();
    QVERIFY(tabs);
    // A manager starts on the Dashboard, the first tab.
    DashboardPane *pane = window->dashboardPane();
    QCOMPARE(tabs->widget(0), pane);
    QTRY_COMPARE_WITH_TIMEOUT(tabs->currentWidget(), pane, stockTimeout);
    QVERIFY(loaded(*pane));
    QApplication::processEvents();

    // A category's bar: Browse, with that category's items.
    const QPoint garden = pane->stockChart()->positionOf(barOf(*pane, QStringLiteral("Garden")));
    QTest::mouseClick(pane->stockChart()->viewport(), Qt::LeftButton, {}, garden);
    QTRY_COMPARE_WITH_TIMEOUT(tabs->currentWidget(), window->browsePane(), stockTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(window->itemsModel()->category() == QStringLiteral("Garden")
                                 && window->itemsModel()->rowOf(m_hose.id) >= 0,
                             stockTimeout);

    // An expiring hour: the running reservations, that hour's selected.
    window->showTab(MainWindow::Tab::Dashboard);
    const QList<ExpiringHour> &hours = pane->model()->expiring().hours;
    const int hour = int(std::find_if(hours.begin(), hours.end(), [](const ExpiringHour &h) { return h.reservations > 0; })
                         - hours.begin());
    pane->expiringChart()->setFocus();
    pane->expiringChart()->setCurrent(hour);
    QTest::keyClick(pane->expiringChart(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(tabs->currentWidget(), window->reservationsPane(), stockTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(window->reservationsView()->selectedSourceRows().size(), 1, stockTimeout);
    const int selected = window->reservationsView()->selectedSourceRows().first();
    QCOMPARE(window->reservationsModel()->block(selected).id, m_soonBlock);
    QCOMPARE(window->reservationsModel()->filter().state, std::optional(BlockState::Temporary));

    // Today's damaged stock: the history filtered to that reason and day.
    window->showTab(MainWindow::Tab::Dashboard);
    ChartView *movements = pane->movementsChart();
    auto *bars = qobject_cast<QAbstractBarSeries *>(movements->series());
    QVERIFY(bars);
    const QList<QBarSet *> sets = bars->barSets();
    const int set = int(std::find_if(sets.begin(), sets.end(),
                                     [](QBarSet *s) { return s->label() == QStringLiteral("Damaged"); })
                        - sets.begin());
    QVERIFY(set < sets.size());
    QTest::mouseClick(movements->viewport(), Qt::LeftButton, {}, movements->positionOf(29, set));
    QTRY_COMPARE_WITH_TIMEOUT(tabs->currentWidget(), window->historyPane(), stockTimeout);
    QCOMPARE(window->historyPane()->reasonFilter()->currentData().toString(), QStringLiteral("damaged"));
    const HistoryFilter shown = window->historyPane()->currentFilter();
    QVERIFY(shown.since.isValid() && shown.until.isValid());
    QTRY_VERIFY_WITH_TIMEOUT(!window->historyPane()->model()->isLoading()
                                 && window->historyPane()->model()->rowCount() == 1,
                             stockTimeout);
    QCOMPARE(window->historyPane()->model()->entry(0).itemId, m_mugs.id);
    QCOMPARE(window->historyPane()->model()->entry(0).change, -1);

    // A low item: Browse, with the item chosen.
    window->showTab(MainWindow::Tab::Dashboard);
    TableView *low = pane->lowItemsView();
    low->selectSourceRow(0);
    low->setFocus();
    QTest::keyClick(low, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(tabs->currentWidget(), window->browsePane(), stockTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemDetails()->item().id, m_seeds.id, stockTimeout);
}

void tst_DashboardPane::staffStartOnBrowseAndCanTurnItOff()
{
    {
        Session session;
        auto window = openWindow(session, TestCluster::instance().staff(db));
        QVERIFY(window);
        auto *tabs = window->findChild<QTabWidget *>();
        QCOMPARE(tabs->count(), 6);
        QCOMPARE(tabs->currentWidget(), window->browsePane());
        QVERIFY(!window->dashboardPane()->model()->isActive()); // not looked at, not read
        // View → Show Dashboard Tab, unchecked: gone, and remembered.
        QAction *toggle = nullptr;
        for (QAction *menu : window->menuBar()->actions()) {
            for (QAction *a : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
                if (a->text() == QStringLiteral("Show Dashboard &Tab"))
                    toggle = a;
            }
        }
        QVERIFY(toggle);
        QVERIFY(toggle->isChecked());
        toggle->trigger();
        QCOMPARE(tabs->count(), 5);
        QCOMPARE(tabs->indexOf(window->dashboardPane()), -1);
        QCOMPARE(tabs->currentWidget(), window->browsePane());
        QVERIFY(!window->isDashboardShown());
        window->showTab(MainWindow::Tab::Dashboard); // stays hidden
        QCOMPARE(tabs->currentWidget(), window->browsePane());
        window->close();
    }
    {
        // The next window, even a manager's, starts without it.
        QVERIFY(!DeskSettings().showDashboard());
        Session session;
        auto window = openWindow(session, TestCluster::instance().manager(db));
        QVERIFY(window);
        auto *tabs = window->findChild<QTabWidget *>();
        QCOMPARE(tabs->count(), 5);
        QCOMPARE(tabs->currentWidget(), window->browsePane());
        window->setDashboardShown(true);
        QCOMPARE(tabs->indexOf(window->dashboardPane()), 0);
        QVERIFY(DeskSettings().showDashboard());
    }
}

void tst_DashboardPane::hourNamesAreNeverCut()
{
    // Seen in a 1,100-pixel window: the expiring chart's clock times drawn as "06:…", every
    // third hour named and too little room for each. Narrower, it names fewer hours instead.
    Session session;
    QVERIFY(connectSession(session, TestCluster::instance().staff(db)));
    DashboardPane pane(&session, nullptr);
    pane.resize(1400, 700);
    pane.show();
    pane.activate();
    QVERIFY(loaded(pane));
    const int hourCount = int(pane.model()->expiring().hours.size());
    QVERIFY(hourCount >= 24);
    QChart *chart = pane.expiringChart()->chart();
    auto hourAxis = [chart] { return qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0)); };
    QVERIFY(hourAxis());
    // Each name gets its share of the plot's width: at least the width of its text.
    auto namesFit = [&] {
        const QStringList names = hourAxis()->categoriesLabels();
        if (names.isEmpty())
            return false;
        const QFontMetrics metrics(hourAxis()->labelsFont());
        const double perHour = chart->plotArea().width() / hourCount;
        const double spacing = (hourAxis()->endValue(names.value(1)) - hourAxis()->endValue(names.first())) * perHour;
        return names.size() == 1 || spacing >= metrics.horizontalAdvance(QStringLiteral("00:00"));
    };
    QTRY_VERIFY_WITH_TIMEOUT(namesFit(), stockTimeout);
    const qsizetype wide = hourAxis()->categoriesLabels().size();
    QCOMPARE(wide, qsizetype((hourCount - 1 + 2) / 3)); // every third hour where there is room

    pane.resize(620, 500);
    QTRY_VERIFY_WITH_TIMEOUT(hourAxis()->categoriesLabels().size() < wide, stockTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(namesFit(), stockTimeout);
    // And back: every third hour again.
    pane.resize(1400, 700);
    QTRY_COMPARE_WITH_TIMEOUT(hourAxis()->categoriesLabels().size(), wide, stockTimeout);
}

QTEST_MAIN(tst_DashboardPane)
#include "tst_dashboardpane.moc"
