// The Reservations tab on a real database: the extend dialog refuses what is not a duration
// and stays open; each confirmation counts its reservations and units in the right number;
// reservations left out of a multi-selection are named with the reason; reservations are
// found by their reference.

#include "blocksmodel.h"
#include "asyncrunner.h"
#include "connection.h"
#include "guitest.h"
#include "operations.h"
#include "reservationspane.h"
#include "tableview.h"
#include "testcluster.h"
#include "translations.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace inventory;
using namespace inventory::test;
using namespace std::chrono_literals;

namespace {
const QString db = QStringLiteral("tst_reservationspane");
}

class tst_ReservationsPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void extendRefusesWhatIsNotADuration();
    void confirmationsCountInTheRightNumber_data();
    void confirmationsCountInTheRightNumber();
    void leftOutReservationsAreNamed();
    void foundByReference();
    void itemColumnGetsTheWidth();

private:
    /// A window on the Reservations tab showing every reservation, with `ids` selected.
    std::unique_ptr<MainWindow> windowWithSelected(Session &session, const QList<qint64> &ids);

    qint64 m_mug = 0;
};

void tst_ReservationsPane::initTestCase()
{
    installTranslations(); // the English plural forms
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().manager(db));
    auto mug = createItem({ QStringLiteral("Blue mug"), {}, 1000, 1250, QStringLiteral("Kitchen") });
    QVERIFY(mug);
    m_mug = mug->id;
}

void tst_ReservationsPane::cleanupTestCase()
{
    shutdownDatabasePool();
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_ReservationsPane::init()
{
    setConnectionSettings(TestCluster::instance().manager(db));
}

std::unique_ptr<MainWindow> tst_ReservationsPane::windowWithSelected(Session &session, const QList<qint64> &ids)
{
    auto window = openWindow(session, TestCluster::instance().manager(db));
    if (!window)
        return nullptr;
    window->showTab(MainWindow::Tab::Reservations);
    window->setReservationFilter(std::nullopt);
    const bool shown = QTest::qWaitFor(
        [&] {
            return std::all_of(ids.begin(), ids.end(),
                               [&](qint64 id) { return window->reservationsModel()->rowOf(id) >= 0; });
        },
        guiTimeout);
    if (!shown)
        return nullptr;
    window->selectReservations(ids);
    return window;
}

void tst_ReservationsPane::extendRefusesWhatIsNotADuration()
{
    auto block = reserve(m_mug, 1, 10min);
    QVERIFY(block);
    Session session;
    auto window = windowWithSelected(session, { block->blockId });
    QVERIFY(window);
    window->action(MainWindow::Action::Extend)->trigger();
    QPointer<QDialog> input = waitForChild<QDialog>(window.get(), QStringLiteral("extendInput"));
    QVERIFY(input);
    QTRY_VERIFY(input->isVisible());
    auto *edit = input->findChild<QLineEdit *>();
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("abc"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::qWait(100);
    QVERIFY2(input && input->isVisible(), "the dialog closed on a wrong duration");
    QVERIFY(labelContaining(input, QStringLiteral("'abc' is not a duration")));
    auto *buttons = input->findChild<QDialogButtonBox *>();
    QVERIFY(buttons && !buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(!window->findChild<QMessageBox *>(QStringLiteral("confirmationBox")));
    // Corrected, it goes on to the confirmation.
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("2h"));
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(waitForChild<QMessageBox>(window.get(), QStringLiteral("confirmationBox")));
}

void tst_ReservationsPane::confirmationsCountInTheRightNumber_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QList<int>>("quantities");
    QTest::addColumn<QString>("question");
    const int confirm = int(MainWindow::Action::Confirm);
    const int release = int(MainWindow::Action::Release);
    QTest::newRow("confirm one") << confirm << QList<int> { 7 }
                                 << QStringLiteral("Make 1 reservation permanent? It keeps 7 units out of stock "
                                                   "for good and no longer expires.");
    QTest::newRow("confirm one unit") << confirm << QList<int> { 1 }
                                      << QStringLiteral("Make 1 reservation permanent? It keeps 1 unit out of "
                                                        "stock for good and no longer expires.");
    QTest::newRow("confirm two") << confirm << QList<int> { 7, 5 }
                                 << QStringLiteral("Make 2 reservations permanent? They keep 12 units out of "
                                                   "stock for good and no longer expire.");
    QTest::newRow("release one") << release << QList<int> { 7 }
                                 << QStringLiteral("Release 1 reservation? It gives 7 units back to stock and is "
                                                   "cancelled.");
    QTest::newRow("release one unit") << release << QList<int> { 1 }
                                      << QStringLiteral("Release 1 reservation? It gives 1 unit back to stock and is "
                                                        "cancelled.");
    QTest::newRow("release two") << release << QList<int> { 7, 5 }
                                 << QStringLiteral("Release 2 reservations? They give 12 units back to stock and "
                                                   "are cancelled.");
    QTest::newRow("extend one") << int(MainWindow::Action::Extend) << QList<int> { 7 }
                                << QStringLiteral("Move the expiry of 1 reservation 1h later?");
    QTest::newRow("extend two") << int(MainWindow::Action::Extend) << QList<int> { 7, 5 }
                                << QStringLiteral("Move the expiry of 2 reservations 1h later?");
}

void tst_ReservationsPane::confirmationsCountInTheRightNumber()
{
    QFETCH(int, action);
    QFETCH(QList<int>, quantities);
    QFETCH(QString, question);
    QList<qint64> ids;
    for (int quantity : quantities) {
        auto block = reserve(m_mug, quantity, 1h);
        QVERIFY(block);
        ids << block->blockId;
    }
    Session session;
    auto window = windowWithSelected(session, ids);
    QVERIFY(window);
    window->action(MainWindow::Action(action))->trigger();
    if (MainWindow::Action(action) == MainWindow::Action::Extend) {
        auto *input = waitForChild<QDialog>(window.get(), QStringLiteral("extendInput"));
        QVERIFY(input);
        QTRY_VERIFY(input->isVisible());
        QVERIFY(labelContaining(input, QStringLiteral("Extend %1 by").arg(
                                           ids.size() == 1 ? QStringLiteral("1 reservation")
                                                           : QStringLiteral("%1 reservations").arg(ids.size()))));
        auto *buttons = input->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
    auto *box = waitForChild<QMessageBox>(window.get(), QStringLiteral("confirmationBox"));
    QVERIFY(box);
    QVERIFY2(box->text().startsWith(question), qPrintable(box->text()));
    box->reject();
}

void tst_ReservationsPane::leftOutReservationsAreNamed()
{
    QList<qint64> running;
    for (int i = 0; i < 3; ++i) {
        auto block = reserve(m_mug, 1, 1h);
        QVERIFY(block);
        running << block->blockId;
    }
    auto permanent = reserve(m_mug, 1, 1h);
    auto expired = reserve(m_mug, 1, 1h);
    QVERIFY(permanent && expired);
    QVERIFY(confirm(permanent->blockId));
    QVERIFY(TestCluster::instance().ownerExec(
        db, QStringLiteral("UPDATE block_inventory SET expires_at = now() - interval '1 minute' WHERE id = $1"),
        { expired->blockId }));
    Session session;
    auto window = windowWithSelected(session, running + QList<qint64> { permanent->blockId, expired->blockId });
    QVERIFY(window);
    QCOMPARE(window->reservationsView()->selectedSourceRows().size(), 5);

    window->action(MainWindow::Action::Extend)->trigger();
    auto *input = waitForChild<QDialog>(window.get(), QStringLiteral("extendInput"));
    QVERIFY(input);
    QLabel *said = labelContaining(input, QStringLiteral("Extend 3 reservations by"));
    QVERIFY(said);
    QVERIFY2(said->text().contains(QStringLiteral("2 of the 5 selected are left out")), qPrintable(said->text()));
    QVERIFY2(said->text().contains(QStringLiteral("#%1 is permanent").arg(permanent->blockId)),
             qPrintable(said->text()));
    QVERIFY2(said->text().contains(QStringLiteral("#%1 has expired").arg(expired->blockId)),
             qPrintable(said->text()));
    input->close();

    // Release takes the expired one too: only the permanent one is left out.
    window->action(MainWindow::Action::Release)->trigger();
    auto *box = waitForChild<QMessageBox>(window.get(), QStringLiteral("confirmationBox"));
    QVERIFY(box);
    QVERIFY2(box->text().startsWith(QStringLiteral("Release 4 reservations?")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("1 of the 5 selected is left out: #%1 is permanent.")
                                      .arg(permanent->blockId)),
             qPrintable(box->text()));
    box->reject();
}

void tst_ReservationsPane::foundByReference()
{
    auto wanted = reserve(m_mug, 1, 1h, QStringLiteral("ORD-1002"));
    auto other = reserve(m_mug, 1, 1h, QStringLiteral("ORD-2000"));
    QVERIFY(wanted && other);
    Session session;
    auto window = windowWithSelected(session, { wanted->blockId, other->blockId });
    QVERIFY(window);
    auto *reference = window->findChild<QLineEdit *>(QStringLiteral("referenceFilter"));
    QVERIFY2(reference, "no reference filter");
    QTest::keyClicks(reference, QStringLiteral("ord-1002"));
    QTRY_COMPARE_WITH_TIMEOUT(window->reservationsModel()->rowCount(), 1, guiTimeout);
    QCOMPARE(window->reservationsModel()->block(0).id, wanted->blockId);
    reference->clear();
    QTRY_VERIFY_WITH_TIMEOUT(window->reservationsModel()->rowOf(other->blockId) >= 0, guiTimeout);
}

void tst_ReservationsPane::itemColumnGetsTheWidth()
{
    auto vase = createItem({ QStringLiteral("Hand-painted porcelain vase with gold rim, large"), {}, 50, 4500,
                             QStringLiteral("Decor") });
    QVERIFY(vase);
    auto block = reserve(vase->id, 1, 1h,
                         QStringLiteral("ORD-2026-000123 customer pickup Thursday, call before"));
    QVERIFY(block);
    Session session;
    auto window = windowWithSelected(session, { block->blockId });
    QVERIFY(window);
    TableView *view = window->reservationsView();
    for (const int width : { 1024, 1280, 1600 }) {
        window->resize(width, 720);
        QTRY_COMPARE(window->width(), width);
        QTest::qWait(50);
        const int item = view->columnWidth(BlocksModel::ItemColumn);
        const int reference = view->columnWidth(BlocksModel::ReferenceColumn);
        QVERIFY2(item > reference, qPrintable(QStringLiteral("at %1 px: item %2, reference %3")
                                                  .arg(width).arg(item).arg(reference)));
        QVERIFY2(item >= static_cast<QAbstractItemView *>(view)->sizeHintForColumn(BlocksModel::ItemColumn) || reference <= view->viewport()->width() / 4,
                 qPrintable(QStringLiteral("at %1 px: item %2").arg(width).arg(item)));
    }
}

QTEST_MAIN(tst_ReservationsPane)
#include "tst_reservationspane.moc"
