// The main window on a real database: choosing a category, reserving from the dialog, a
// manager confirming and releasing, a staff user seeing those actions disabled, the cleanup
// reporting its counts, live updates without a refresh, and the server going away and coming back.

#include "asyncrunner.h"
#include "blocksmodel.h"
#include "categoriesmodel.h"
#include "cleanupdialog.h"
#include "connection.h"
#include "extenddialog.h"
#include "itemdetails.h"
#include "itemsmodel.h"
#include "mainwindow.h"
#include "newitemdialog.h"
#include "operations.h"
#include "reservedialog.h"
#include "session.h"
#include "tableview.h"
#include "testcluster.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGroupBox>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace inventory;
using namespace std::chrono_literals;
using inventory::test::TestCluster;

namespace {
const QString db = QStringLiteral("tst_mainwindow");
constexpr int timeout = 15000;

int quantityOf(qint64 itemId)
{
    auto row = TestCluster::instance().ownerQueryRow(
        db, QStringLiteral("SELECT quantity FROM items WHERE id = $1"), { itemId });
    return row && !row->isEmpty() ? row->first().toInt() : -1;
}

// Clicks the accept button of the confirmation box the window opened.
bool acceptConfirmation(QWidget *window)
{
    QMessageBox *box = nullptr;
    const bool opened = QTest::qWaitFor(
        [&] {
            return (box = window->findChild<QMessageBox *>(QStringLiteral("confirmationBox"))) != nullptr;
        },
        5000);
    if (!opened)
        return false;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole) {
            QTest::mouseClick(button, Qt::LeftButton);
            return true;
        }
    }
    return false;
}
} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void chooseCategoryShowsRows();
    void findByNameAndById();
    void reserveFromDialog();
    void managerConfirmsAndReleases();
    void managerExtends();
    void enterOnReservationGoesToItem();
    void newItemValidatedThenCreated();
    void staffSeesManagerActionsDisabled();
    void cleanupReportsCounts();
    void othersChangesShowUpWithoutRefresh();
    void copyRowsToClipboard();
    void mnemonicsAreUniqueOnEveryTab();
    void remembersLastCategoryAndLayout();
    void unreachableServerSaysSoAndRetries();
    void serverStoppedThenRecovers(); // last: it restarts the server

private:
    std::unique_ptr<MainWindow> openWindow(Session &session, const ConnectionSettings &settings);

    qint64 m_mug = 0;
    qint64 m_kettle = 0;
    qint64 m_hammer = 0;
};

std::unique_ptr<MainWindow> tst_MainWindow::openWindow(Session &session, const ConnectionSettings &settings)
{
    auto window = std::make_unique<MainWindow>(&session);
    window->show();
    session.start(settings);
    const bool ready = QTest::qWaitFor(
        [&] { return session.isConnected() && window->categoriesModel()->rowCount() > 0; }, timeout);
    if (!ready)
        qWarning() << "window not ready:" << window->connectionText();
    return ready ? std::move(window) : nullptr;
}

void tst_MainWindow::initTestCase()
{
    installTranslations(); // the English plural forms
    QStandardPaths::setTestModeEnabled(true); // settings of the test, not the user's
    QSettings().clear(); // nor an earlier run's
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().manager(db));
    auto mug = createItem(
        { QStringLiteral("Blue mug"), QStringLiteral("Stoneware"), 40, 1250, QStringLiteral("Kitchen") });
    auto kettle = createItem({ QStringLiteral("Red kettle"), {}, 12, 2999, QStringLiteral("Kitchen") });
    auto hammer = createItem({ QStringLiteral("Hammer"), {}, 7, 1999, QStringLiteral("Tools") });
    QVERIFY(mug && kettle && hammer);
    m_mug = mug->id;
    m_kettle = kettle->id;
    m_hammer = hammer->id;
}

void tst_MainWindow::cleanupTestCase()
{
    shutdownDatabasePool();
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_MainWindow::init()
{
    // A Session makes its settings every thread's settings; the fixture's own calls below run
    // as the manager whatever the previous test connected as.
    setConnectionSettings(TestCluster::instance().manager(db));
}

void tst_MainWindow::chooseCategoryShowsRows()
{
    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    TableView *categories = window->categoriesView();
    const int sourceRow = window->categoriesModel()->rowOf(QStringLiteral("Tools"));
    QVERIFY(sourceRow >= 0);
    const QModelIndex index =
        categories->proxy()->mapFromSource(window->categoriesModel()->index(sourceRow, 0));
    QTest::mouseClick(categories->viewport(), Qt::LeftButton, {}, categories->visualRect(index).center());
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->category(), QStringLiteral("Tools"), timeout);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->rowCount(), 1, timeout);
    QCOMPARE(window->itemsView()->model()->index(0, ItemsModel::NameColumn).data().toString(),
             QStringLiteral("Hammer"));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("itemsSummary"))->text(),
             QStringLiteral("Top 1 of 1 in Tools"));

    // Keyboard: Up in the category list moves to the previous category (Kitchen) and loads it.
    categories->setFocus();
    QTest::keyClick(categories, Qt::Key_Up);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->rowCount(), 2, timeout);
    QCOMPARE(window->itemsModel()->item(0).id, m_mug); // highest quantity first
}

void tst_MainWindow::findByNameAndById()
{
    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    QLineEdit *search = window->searchBox();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("blue")); // as typed: one query after the pause
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->mode(), ItemsModel::Mode::Search, timeout);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->rowCount(), 1, timeout);
    QCOMPARE(window->itemsModel()->item(0).id, m_mug);

    search->clear();
    QTest::keyClicks(search, QStringLiteral("#%1").arg(m_hammer));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->mode(), ItemsModel::Mode::Single, timeout);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemDetails()->item().id, m_hammer, timeout); // and shown in full
}

void tst_MainWindow::reserveFromDialog()
{
    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    QVERIFY(window->selectCategory(QStringLiteral("Kitchen")));
    QTRY_VERIFY_WITH_TIMEOUT(window->itemsModel()->rowOf(m_kettle) >= 0, timeout);
    QVERIFY(window->selectItem(m_kettle));
    QCOMPARE(window->itemDetails()->item().id, m_kettle);
    QVERIFY(window->action(MainWindow::Action::Reserve)->isEnabled());
    const int before = quantityOf(m_kettle);

    window->action(MainWindow::Action::Reserve)->trigger();
    auto *dialog = window->findChild<ReserveDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->setQuantity(4);
    dialog->setReference(QStringLiteral("Order 77"));
    QPushButton *reserveButton = nullptr;
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("&Reserve"))
            reserveButton = button;
    }
    QVERIFY(reserveButton);
    QTest::mouseClick(reserveButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->resultText().startsWith(QStringLiteral("Reservation #")), timeout);
    QVERIFY2(dialog->resultText().contains(QStringLiteral("%1 left in stock").arg(before - 4)),
             qPrintable(dialog->resultText()));
    QCOMPARE(quantityOf(m_kettle), before - 4);

    // The window shows it without being asked: the quantity in the table and details, the block.
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->item(window->itemsModel()->rowOf(m_kettle)).quantity,
                              before - 4, timeout);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemDetails()->item().quantity, before - 4, timeout);
    BlocksModel *blocks = window->itemDetails()->blocksModel();
    QTRY_COMPARE_WITH_TIMEOUT(blocks->rowCount(), 1, timeout);
    QCOMPARE(blocks->block(0).quantity, 4);
    QCOMPARE(blocks->block(0).reference, QStringLiteral("Order 77"));

    window->showTab(MainWindow::Tab::Reservations);
    QTRY_VERIFY_WITH_TIMEOUT(window->reservationsModel()->rowOf(blocks->block(0).id) >= 0, timeout);

    // A request for more than is there: the server's refusal, as it said it, and nothing changes.
    window->showTab(MainWindow::Tab::Browse);
    dialog->close();
    QVERIFY(window->selectItem(m_kettle));
    QTRY_COMPARE_WITH_TIMEOUT(window->itemDetails()->item().quantity, before - 4, timeout);
    QVERIFY(TestCluster::instance().ownerExec(
        db, QStringLiteral("UPDATE items SET quantity = 1 WHERE id = $1"), { m_kettle }));
    ReserveDialog *stale = window->openReserveDialog(); // still believes before - 4 are there
    QVERIFY(stale);
    stale->setQuantity(3);
    stale->submit();
    QTRY_VERIFY2_WITH_TIMEOUT(stale->resultText().contains(QStringLiteral("3 were requested")),
                              qPrintable(stale->resultText()), timeout);
    QVERIFY2(stale->resultText().contains(QStringLiteral("Only 1")), qPrintable(stale->resultText()));
    QCOMPARE(quantityOf(m_kettle), 1);
    stale->close();
    QVERIFY(TestCluster::instance().ownerExec(
        db, QStringLiteral("UPDATE items SET quantity = $2 WHERE id = $1"), { m_kettle, before - 4 }));
}

void tst_MainWindow::managerConfirmsAndReleases()
{
    auto toConfirm = reserve(m_mug, 2, 1h);
    auto toRelease = reserve(m_mug, 5, 1h);
    QVERIFY(toConfirm && toRelease);
    const int afterReserving = quantityOf(m_mug);

    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    window->showTab(MainWindow::Tab::Reservations);
    window->setReservationFilter(BlockState::Temporary);
    QTRY_VERIFY_WITH_TIMEOUT(window->reservationsModel()->rowOf(toRelease->blockId) >= 0, timeout);
    QSignalSpy finished(window.get(), &MainWindow::operationFinished);

    window->selectReservations({ toConfirm->blockId });
    QAction *confirmAction = window->action(MainWindow::Action::Confirm);
    QVERIFY(confirmAction->isEnabled());
    confirmAction->trigger();
    QVERIFY(acceptConfirmation(window.get()));
    QVERIFY(finished.wait(timeout));
    QCOMPARE(finished.last().first().toString(), QStringLiteral("1 reservation confirmed."));
    auto confirmed = blocks({ .itemId = m_mug, .state = BlockState::Permanent });
    QVERIFY(confirmed);
    QVERIFY(std::any_of(confirmed->begin(), confirmed->end(),
                        [&](const Block &b) { return b.id == toConfirm->blockId; }));
    QCOMPARE(quantityOf(m_mug), afterReserving); // confirming takes nothing more

    QTRY_VERIFY_WITH_TIMEOUT(window->reservationsModel()->rowOf(toConfirm->blockId) < 0,
                             timeout); // no longer temporary
    window->selectReservations({ toRelease->blockId });
    QAction *releaseAction = window->action(MainWindow::Action::Release);
    QVERIFY(releaseAction->isEnabled());
    releaseAction->trigger();
    QVERIFY(acceptConfirmation(window.get()));
    QVERIFY(finished.wait(timeout));
    QCOMPARE(finished.last().first().toString(), QStringLiteral("1 reservation released."));
    QCOMPARE(quantityOf(m_mug), afterReserving + 5);
    QTRY_VERIFY_WITH_TIMEOUT(window->reservationsModel()->rowOf(toRelease->blockId) < 0, timeout);
}

void tst_MainWindow::managerExtends()
{
    auto block = reserve(m_mug, 1, 10min);
    QVERIFY(block);
    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    window->showTab(MainWindow::Tab::Reservations);
    window->setReservationFilter(BlockState::Temporary);
    QTRY_VERIFY_WITH_TIMEOUT(window->reservationsModel()->rowOf(block->blockId) >= 0, timeout);
    window->selectReservations({ block->blockId });
    QSignalSpy finished(window.get(), &MainWindow::operationFinished);
    window->action(MainWindow::Action::Extend)->trigger();
    auto *input = window->findChild<ExtendDialog *>(QStringLiteral("extendInput"));
    QVERIFY(input);
    input->setDuration(QStringLiteral("2h"));
    input->accept();
    QVERIFY(acceptConfirmation(window.get()));
    QVERIFY(finished.wait(timeout));
    QCOMPARE(finished.last().first().toString(), QStringLiteral("1 reservation extended."));
    auto after = blocks({ .itemId = m_mug, .state = BlockState::Temporary });
    QVERIFY(after);
    auto it =
        std::find_if(after->begin(), after->end(), [&](const Block &b) { return b.id == block->blockId; });
    QVERIFY(it != after->end());
    // Ten minutes plus two hours from when it was placed.
    QVERIFY(qAbs(it->expiresAt.secsTo(block->expiresAt.addSecs(2 * 3600))) < 5);
    QTRY_COMPARE_WITH_TIMEOUT(
        window->reservationsModel()
            ->index(window->reservationsModel()->rowOf(block->blockId), BlocksModel::ExpiresColumn)
            .data()
            .toString(),
        QStringLiteral("in 2 h 10 min"), timeout);
    QVERIFY(release(block->blockId));
}

void tst_MainWindow::enterOnReservationGoesToItem()
{
    auto block = reserve(m_kettle, 1);
    QVERIFY(block);
    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    window->showTab(MainWindow::Tab::Reservations);
    window->setReservationFilter(std::nullopt);
    QTRY_VERIFY_WITH_TIMEOUT(window->reservationsModel()->rowOf(block->blockId) >= 0, timeout);
    window->selectReservations({ block->blockId });
    window->reservationsView()->setFocus();
    QTest::keyClick(window->reservationsView(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemDetails()->item().id, m_kettle, timeout);
    QVERIFY(release(block->blockId));
}

void tst_MainWindow::newItemValidatedThenCreated()
{
    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    QVERIFY(window->action(MainWindow::Action::NewItem)->isEnabled());
    window->action(MainWindow::Action::NewItem)->trigger();
    auto *dialog = window->findChild<NewItemDialog *>();
    QVERIFY(dialog);
    QPushButton *create = nullptr;
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("C&reate"))
            create = button;
    }
    QVERIFY(create);

    // Refused before anything is sent.
    dialog->setValues(QStringLiteral("Green teapot"), QStringLiteral("Tea"), QStringLiteral("12.505"), 3);
    QVERIFY(!create->isEnabled());
    QCOMPARE(dialog->messageText(),
             QStringLiteral("'12.505' is not a price; write for example 12 or 12.50."));

    dialog->setValues(QStringLiteral("Green teapot"), QStringLiteral("Tea"), QStringLiteral("12.50"), 3,
                      QStringLiteral("Cast iron"));
    QVERIFY(create->isEnabled());
    QSignalSpy created(dialog, &NewItemDialog::created);
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(created.wait(timeout));
    const Item item = created.first().first().value<Item>();
    QVERIFY(item.id > 0);
    QCOMPARE(item.price, 1250);
    // The window goes to it.
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->rowOf(item.id), 0, timeout);
    QCOMPARE(window->searchBox()->text(), QStringLiteral("#%1").arg(item.id));
    QTRY_COMPARE_WITH_TIMEOUT(window->itemDetails()->item().id, item.id, timeout);
}

void tst_MainWindow::staffSeesManagerActionsDisabled()
{
    Session session;
    auto window = openWindow(session, TestCluster::instance().staff(db));
    QVERIFY(window);
    QVERIFY(!session.canManage());
    QVERIFY(session.canReserve());
    window->showTab(MainWindow::Tab::Reservations);
    window->setReservationFilter(std::nullopt);
    QTRY_VERIFY_WITH_TIMEOUT(window->reservationsModel()->rowCount() > 0, timeout);
    QList<qint64> all;
    for (const Block &b : window->reservationsModel()->blocks())
        all << b.id;
    window->selectReservations(all);
    const MainWindow::Action managed[] = { MainWindow::Action::Confirm, MainWindow::Action::Release,
                                           MainWindow::Action::Extend, MainWindow::Action::Cleanup };
    for (MainWindow::Action which : managed) {
        QAction *a = window->action(which);
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        QVERIFY2(a->toolTip().startsWith(QStringLiteral("Only managers")), qPrintable(a->toolTip()));
        QVERIFY2(a->toolTip().contains(QStringLiteral("tst_staff")), qPrintable(a->toolTip()));
    }
    QVERIFY(!window->openCleanupDialog());
    // Staff may still reserve.
    window->showTab(MainWindow::Tab::Browse);
    QVERIFY(window->selectCategory(QStringLiteral("Tools")));
    QTRY_VERIFY_WITH_TIMEOUT(window->itemsModel()->rowOf(m_hammer) >= 0, timeout);
    QVERIFY(window->selectItem(m_hammer));
    QVERIFY(window->action(MainWindow::Action::Reserve)->isEnabled());
}

void tst_MainWindow::cleanupReportsCounts()
{
    // Start from no expired reservations, then make exactly two (2 + 3 units).
    auto before = cleanupExpired();
    QVERIFY2(before, before ? "" : qPrintable(before.error().message));
    auto a = reserve(m_hammer, 2);
    auto b = reserve(m_mug, 3);
    QVERIFY(a && b);
    QVERIFY(TestCluster::instance().ownerExec(
        db,
        QStringLiteral(
            "UPDATE block_inventory SET expires_at = now() - interval '1 minute' WHERE id IN ($1, $2)"),
        { a->blockId, b->blockId }));
    const int hammerBefore = quantityOf(m_hammer);

    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    QVERIFY(window->action(MainWindow::Action::Cleanup)->isEnabled());
    CleanupDialog *dialog = window->openCleanupDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isSummaryLoaded(), timeout);
    QVERIFY2(dialog->summaryText().startsWith(QStringLiteral("2 expired reservations hold 5 units.")),
             qPrintable(dialog->summaryText()));
    dialog->run();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), timeout);
    QVERIFY2(dialog->resultText().startsWith(
                 QStringLiteral("2 expired reservations removed, 5 units returned to stock at ")),
             qPrintable(dialog->resultText()));
    QCOMPARE(quantityOf(m_hammer), hammerBefore + 2);
    QCOMPARE(window->lastMessage(), dialog->resultText());
}

void tst_MainWindow::othersChangesShowUpWithoutRefresh()
{
    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    window->setLiveInterval(500);
    QVERIFY(window->selectCategory(QStringLiteral("Tools")));
    QTRY_VERIFY_WITH_TIMEOUT(window->itemsModel()->rowOf(m_hammer) >= 0, timeout);
    QVERIFY(window->selectItem(m_hammer));
    const int before = window->itemsModel()->item(window->itemsModel()->rowOf(m_hammer)).quantity;

    BlocksModel *blocks = window->itemDetails()->blocksModel();
    QTRY_VERIFY_WITH_TIMEOUT(!blocks->isLoading(), timeout);
    const int blocksBefore = blocks->rowCount();

    // The shop sells two with its own SQL, and another desk reserves one (its own connection):
    // the open view follows without anyone pressing Refresh.
    QVERIFY(TestCluster::instance().ownerExec(
        db, QStringLiteral("UPDATE items SET quantity = quantity - 2 WHERE id = $1"), { m_hammer }));
    auto other = reserve(m_hammer, 1);
    QVERIFY(other);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->item(window->itemsModel()->rowOf(m_hammer)).quantity,
                              before - 3, timeout);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemDetails()->item().quantity, before - 3, timeout);
    QTRY_COMPARE_WITH_TIMEOUT(blocks->rowCount(), blocksBefore + 1, timeout);
    QVERIFY(blocks->rowOf(other->blockId) >= 0);
    // The selection survived the refreshes (rows are updated in place, not reset).
    QCOMPARE(window->itemsView()->currentSourceRow(), window->itemsModel()->rowOf(m_hammer));
    QVERIFY(release(other->blockId));
    QVERIFY(TestCluster::instance().ownerExec(
        db, QStringLiteral("UPDATE items SET quantity = quantity + 2 WHERE id = $1"), { m_hammer }));
}

void tst_MainWindow::copyRowsToClipboard()
{
    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    QVERIFY(window->selectCategory(QStringLiteral("Kitchen")));
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->rowCount(), 2, timeout);
    TableView *view = window->itemsView();
    view->setFocus();
    view->selectAll();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Id\tName\tAvailable\tReserved\tPrice")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("%1\tBlue mug\t").arg(m_mug)), qPrintable(lines.at(1)));
}

void tst_MainWindow::mnemonicsAreUniqueOnEveryTab()
{
    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    QVERIFY(window->selectCategory(QStringLiteral("Kitchen")));
    QTRY_VERIFY_WITH_TIMEOUT(window->itemsModel()->rowOf(m_mug) >= 0, timeout);
    QVERIFY(window->selectItem(m_mug)); // the details show their buttons
    auto *tabs = window->findChild<QTabWidget *>();
    QVERIFY(tabs);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QApplication::processEvents();
        // What Alt+letter reaches in the window as it is now: the menus, the tabs, and the
        // visible buttons and labelled fields.
        QMultiHash<int, QString> owners;
        auto add = [&](const QString &text, const QString &what) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!key.isEmpty())
                owners.insert(key[0].key(), what + QStringLiteral(" '") + text + QLatin1Char('\''));
        };
        for (QAction *menu : window->menuBar()->actions())
            add(menu->text(), QStringLiteral("menu"));
        for (QTabBar *bar : window->findChildren<QTabBar *>()) {
            for (int i = 0; i < bar->count(); ++i)
                add(bar->tabText(i), QStringLiteral("tab"));
        }
        for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
            if (button->isVisibleTo(window.get()) && button->window() == window.get())
                add(button->text(), QStringLiteral("button"));
        }
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (label->buddy() && label->isVisibleTo(window.get()) && label->window() == window.get())
                add(label->text(), QStringLiteral("label"));
        }
        for (QGroupBox *box : window->findChildren<QGroupBox *>()) {
            if (box->isVisibleTo(window.get()) && box->window() == window.get())
                add(box->title(), QStringLiteral("group"));
        }
        QVERIFY(owners.size() > 5);
        for (int key : owners.uniqueKeys()) {
            const QStringList claimed = owners.values(key);
            QVERIFY2(claimed.size() == 1,
                     qPrintable(QStringLiteral("on tab %1, Alt+%2 is claimed by %3")
                                    .arg(tabs->tabText(tab), QKeySequence(key).toString(),
                                         claimed.join(QStringLiteral(", ")))));
        }
    }
}

void tst_MainWindow::remembersLastCategoryAndLayout()
{
    {
        Session session;
        auto window = openWindow(session, TestCluster::instance().manager(db));
        QVERIFY(window);
        QVERIFY(window->selectCategory(QStringLiteral("Tools")));
        QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->category(), QStringLiteral("Tools"), timeout);
        window->itemsView()->setColumnWidth(ItemsModel::PriceColumn, 123);
        window->close(); // saves
    }
    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->category(), QStringLiteral("Tools"), timeout);
    QCOMPARE(window->itemsView()->columnWidth(ItemsModel::PriceColumn), 123);
}

void tst_MainWindow::unreachableServerSaysSoAndRetries()
{
    ConnectionSettings nowhere = TestCluster::instance().manager(db);
    nowhere.host = QStringLiteral("127.0.0.1");
    nowhere.port = 1; // nothing listens there
    Session session;
    session.setIntervals(500, 300);
    MainWindow window(&session);
    window.show();
    QSignalSpy states(&session, &Session::stateChanged);
    session.start(nowhere);
    QCOMPARE(session.state(), Session::State::Connecting); // the window is there at once
    QTRY_VERIFY_WITH_TIMEOUT(
        window.connectionText().startsWith(QStringLiteral("Lost connection to 127.0.0.1:1")), timeout);
    const int changes = states.count();
    QTest::qWait(1000); // several retries: the state stays "lost", no flicker through "connecting"
    QCOMPARE(states.count(), changes);
    QVERIFY(!window.action(MainWindow::Action::Reserve)->isEnabled());
    // Pointed at the right server, it connects.
    session.start(TestCluster::instance().manager(db));
    QTRY_VERIFY_WITH_TIMEOUT(session.isConnected(), timeout);
    QTRY_VERIFY_WITH_TIMEOUT(window.categoriesModel()->rowCount() > 0, timeout);
}

void tst_MainWindow::serverStoppedThenRecovers()
{
    Session session;
    session.setIntervals(500, 500);
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    QVERIFY(window->selectCategory(QStringLiteral("Kitchen")));
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->rowCount(), 2, timeout);
    QCOMPARE(window->connectionText(), QStringLiteral("Connected"));

    QVERIFY(TestCluster::instance().stopServer(true));
    QTRY_VERIFY_WITH_TIMEOUT(window->connectionText().startsWith(QStringLiteral("Lost connection to ")),
                             timeout);
    QVERIFY(window->connectionText().endsWith(QStringLiteral("retrying…")));
    // Still usable: what was loaded stays, tabs and search answer, actions say why they are off.
    QCOMPARE(window->itemsModel()->rowCount(), 2);
    window->showTab(MainWindow::Tab::Reservations);
    window->showTab(MainWindow::Tab::Browse);
    QVERIFY(window->selectItem(m_mug));
    QVERIFY(!window->action(MainWindow::Action::Reserve)->isEnabled());
    QCOMPARE(window->action(MainWindow::Action::Reserve)->toolTip(),
             QStringLiteral("Not connected to the server."));
    window->action(MainWindow::Action::Refresh)->trigger(); // must not crash or block

    QVERIFY(TestCluster::instance().startServer());
    QTRY_COMPARE_WITH_TIMEOUT(window->connectionText(), QStringLiteral("Connected"), timeout);
    // Reconnected by itself, and the views work again.
    QVERIFY(TestCluster::instance().ownerExec(
        db, QStringLiteral("UPDATE items SET quantity = quantity + 1 WHERE id = $1"), { m_mug }));
    const int expected = quantityOf(m_mug);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->item(window->itemsModel()->rowOf(m_mug)).quantity,
                              expected, timeout);
    QVERIFY(window->action(MainWindow::Action::Reserve)->isEnabled());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
