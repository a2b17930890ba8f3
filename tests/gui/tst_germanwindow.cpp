// The desk in German (as View → Language → Deutsch or a German system gives it): the window's
// tabs, menus, the Dashboard's charts and figures, Qt's own buttons are German; plurals take
// their German forms; numbers, prices and dates are written the German way.

#include "asyncrunner.h"
#include "browsepane.h"
#include "chartview.h"
#include "connection.h"
#include "dashboardmodel.h"
#include "dashboardpane.h"
#include "guitest.h"
#include "historypane.h"
#include "itemsmodel.h"
#include "localeformat.h"
#include "lowstockpane.h"
#include "newitemdialog.h"
#include "operations.h"
#include "stock.h"
#include "stocktest.h"
#include "translations.h"

#include <QChart>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace inventory;
using namespace inventory::test;

namespace {
const QString db = QStringLiteral("tst_germanwindow");

QMenu *menuTitled(QMenuBar *bar, const QString &title)
{
    for (QAction *a : bar->actions()) {
        if (a->text() == title)
            return a->menu();
    }
    return nullptr;
}
} // namespace

class tst_GermanWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void installedWithTheLocale();
    void windowInGerman();
    void dialogInGerman();

private:
    qint64 m_mugs = 0;
};

void tst_GermanWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    installTranslations(QStringLiteral("de"));
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().manager(db));
    auto mugs = createItem({ QStringLiteral("Blue mug"), {}, 1234, 123450, QStringLiteral("Kitchen") });
    QVERIFY(mugs);
    m_mugs = mugs->id;
    QVERIFY(receive(m_mugs, 5, StockReason::Received));
    QVERIFY(reserve(m_mugs, 2));
}

void tst_GermanWindow::cleanupTestCase()
{
    shutdownDatabasePool();
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_GermanWindow::installedWithTheLocale()
{
    QCOMPARE(installedLanguage(), QStringLiteral("de"));
    QCOMPARE(QLocale().language(), QLocale::German);
    // Plurals with %n, the number in German digits.
    QCOMPARE(QCoreApplication::translate("inventory::DashboardPane", "%Ln unit(s)", nullptr, 1),
             QStringLiteral("1 Einheit"));
    QCOMPARE(QCoreApplication::translate("inventory::DashboardPane", "%Ln unit(s)", nullptr, 1234),
             QStringLiteral("1.234 Einheiten"));
    QCOMPARE(localePrice(123450), QStringLiteral("1.234,50"));
    QCOMPARE(parseLocalePrice(u"12,50"), std::optional<Cents>(1250));
    const QDateTime moment(QDate(2026, 11, 24), QTime(14, 30));
    QCOMPARE(tableMoment(moment), QStringLiteral("24.11.2026 14:30"));
}

void tst_GermanWindow::windowInGerman()
{
    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    auto *tabs = window->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(0), QStringLiteral("&Übersicht"));
    QCOMPARE(tabs->tabText(tabs->indexOf(window->browsePane())), QStringLiteral("&Katalog"));
    QVERIFY(menuTitled(window->menuBar(), QStringLiteral("&Datei")));
    QMenu *view = menuTitled(window->menuBar(), QStringLiteral("&Ansicht"));
    QVERIFY(view);
    bool language = false;
    for (QAction *a : view->actions())
        language = language || (a->menu() && a->text() == QStringLiteral("&Sprache"));
    QVERIFY(language);

    // The Dashboard, a manager's first tab.
    DashboardPane *pane = window->dashboardPane();
    QTRY_COMPARE_WITH_TIMEOUT(tabs->currentWidget(), pane, stockTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->hasData() && !pane->model()->isLoading(), stockTimeout);
    QCOMPARE(pane->stockChart()->chart()->title(), QStringLiteral("Einheiten im Bestand nach Kategorie"));
    QVERIFY(labelContaining(pane, QStringLiteral("reserviert")));
    QVERIFY2(pane->dayFigures().first()->accessibleName().contains(QStringLiteral("2 Einheiten")),
             qPrintable(pane->dayFigures().first()->accessibleName()));
    QVERIFY2(pane->statusText().startsWith(QStringLiteral("Stand ")), qPrintable(pane->statusText()));

    // The catalogue's price and the history's dates the German way.
    window->showTab(MainWindow::Tab::Browse);
    QVERIFY(window->selectCategory(QStringLiteral("Kitchen")));
    QTRY_VERIFY_WITH_TIMEOUT(window->itemsModel()->rowOf(m_mugs) >= 0, stockTimeout);
    const int row = window->itemsModel()->rowOf(m_mugs);
    QCOMPARE(window->itemsModel()->index(row, ItemsModel::PriceColumn).data().toString(),
             QStringLiteral("1.234,50"));
    QCOMPARE(window->itemsModel()->headerData(ItemsModel::PriceColumn, Qt::Horizontal).toString(),
             QStringLiteral("Preis"));
}

void tst_GermanWindow::dialogInGerman()
{
    NewItemDialog dialog({ QStringLiteral("Kitchen") }, QStringLiteral("Kitchen"));
    dialog.show();
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    // Qt's own buttons from Qt's German translation (qt6-translations-l10n).
    QAbstractButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    QVERIFY(cancel);
    QCOMPARE(cancel->text(), QStringLiteral("Abbrechen"));
    QLineEdit *price = nullptr;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->placeholderText() == QStringLiteral("12,50"))
            price = edit;
    }
    QVERIFY(price);
}

QTEST_MAIN(tst_GermanWindow)
#include "tst_germanwindow.moc"
