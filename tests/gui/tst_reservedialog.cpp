// The reserve dialog on a real database: what is typed as the quantity stays as typed and is
// refused next to the field when it cannot be reserved; after a reservation the dialog shows
// the new stock figure and takes the next one.

#include "asyncrunner.h"
#include "connection.h"
#include "guitest.h"
#include "operations.h"
#include "reservedialog.h"
#include "testcluster.h"
#include "translations.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTest>

using namespace inventory;
using namespace inventory::test;

namespace {
const QString db = QStringLiteral("tst_reservedialog");

int quantityOf(qint64 itemId)
{
    auto found = inventory::item(itemId);
    return found ? found->quantity : -1;
}
} // namespace

class tst_ReserveDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void typedQuantityStaysAsTyped_data();
    void typedQuantityStaysAsTyped();
    void afterReservingShowsNewFigureAndTakesTheNext();

private:
    qint64 m_vase = 0;
};

void tst_ReserveDialog::initTestCase()
{
    installTranslations(); // the English plural forms
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().manager(db));
    auto vase = createItem({ QStringLiteral("Blue vase"), {}, 328, 1500, QStringLiteral("Decor") });
    QVERIFY(vase);
    m_vase = vase->id;
}

void tst_ReserveDialog::cleanupTestCase()
{
    shutdownDatabasePool();
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_ReserveDialog::typedQuantityStaysAsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("problem"); // shown next to the field; empty when it can be reserved
    QTest::newRow("above available, 500") << QStringLiteral("500") << QStringLiteral("Only 328 available");
    QTest::newRow("above available, 400") << QStringLiteral("400") << QStringLiteral("Only 328 available");
    QTest::newRow("one too many") << QStringLiteral("329") << QStringLiteral("Only 328 available");
    QTest::newRow("all of it") << QStringLiteral("328") << QString();
    QTest::newRow("a few") << QStringLiteral("3") << QString();
    QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("Reserve at least 1");
    QTest::newRow("not a number") << QStringLiteral("abc") << QStringLiteral("'abc' is not a whole number");
    QTest::newRow("huge") << QStringLiteral("99999999999") << QStringLiteral("Only 328 available");
}

void tst_ReserveDialog::typedQuantityStaysAsTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, problem);
    auto vase = inventory::item(m_vase);
    QVERIFY(vase);
    ReserveDialog dialog(*vase);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *edit = editFor(&dialog, QStringLiteral("&Quantity:"));
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, typed);
    QCOMPARE(edit->text(), typed); // nothing cut digit by digit
    auto *reserveButton = buttonWithText(&dialog, QStringLiteral("&Reserve"));
    QVERIFY(reserveButton);
    auto *shown = dialog.findChild<QLabel *>(QStringLiteral("quantityProblem"));
    QVERIFY2(shown, "no message next to the quantity");
    if (problem.isEmpty()) {
        QVERIFY2(shown->text().isEmpty(), qPrintable(shown->text()));
        QVERIFY(reserveButton->isEnabled());
        return;
    }
    QCOMPARE(shown->text(), problem);
    QVERIFY(shown->isVisible());
    QVERIFY(!reserveButton->isEnabled());
    // Enter does not reserve anything either.
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::qWait(200);
    QVERIFY(dialog.isVisible());
    QVERIFY2(!dialog.resultText().startsWith(QStringLiteral("Reservation #")), qPrintable(dialog.resultText()));
    QCOMPARE(quantityOf(m_vase), 328);
}

void tst_ReserveDialog::afterReservingShowsNewFigureAndTakesTheNext()
{
    auto jug = createItem({ QStringLiteral("Green jug"), {}, 20, 900, QStringLiteral("Decor") });
    QVERIFY(jug);
    ReserveDialog dialog(*jug);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setQuantity(2);
    dialog.setReference(QStringLiteral("ORD-1"));
    dialog.submit();
    QTRY_VERIFY2_WITH_TIMEOUT(dialog.resultText().startsWith(QStringLiteral("Reservation #")),
                              qPrintable(dialog.resultText()), guiTimeout);
    QVERIFY2(dialog.resultText().contains(QStringLiteral("18 left in stock")), qPrintable(dialog.resultText()));
    // The heading follows the stock, and the next reservation can be made right away.
    QVERIFY(labelContaining(&dialog, QStringLiteral("18 available")));
    QVERIFY(!labelContaining(&dialog, QStringLiteral("20 available")));
    auto *reserveButton = buttonWithText(&dialog, QStringLiteral("&Reserve"));
    QVERIFY(reserveButton);
    QVERIFY(reserveButton->isEnabled());
    QLineEdit *edit = editFor(&dialog, QStringLiteral("&Quantity:"));
    QVERIFY(edit && edit->isEnabled());
    dialog.setQuantity(3);
    dialog.setReference(QStringLiteral("ORD-2"));
    dialog.submit();
    QTRY_VERIFY2_WITH_TIMEOUT(dialog.resultText().contains(QStringLiteral("15 left in stock")),
                              qPrintable(dialog.resultText()), guiTimeout);
    QCOMPARE(quantityOf(jug->id), 15);
    // More than is left now is refused at the field.
    dialog.setQuantity(16);
    auto *shown = dialog.findChild<QLabel *>(QStringLiteral("quantityProblem"));
    QVERIFY(shown);
    QCOMPARE(shown->text(), QStringLiteral("Only 15 available"));
}

QTEST_MAIN(tst_ReserveDialog)
#include "tst_reservedialog.moc"
