// The new-item dialog: an out-of-range quantity stays as typed and is refused with the
// database's range; a category that does not exist yet is named as new before it is created.

#include "asyncrunner.h"
#include "connection.h"
#include "guitest.h"
#include "newitemdialog.h"
#include "operations.h"
#include "testcluster.h"
#include "translations.h"

#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTest>

using namespace inventory;
using namespace inventory::test;

namespace {
const QString db = QStringLiteral("tst_newitemdialog");
}

class tst_NewItemDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void quantityStaysAsTyped_data();
    void quantityStaysAsTyped();
    void newCategoryIsSaidBeforeCreating();
};

void tst_NewItemDialog::initTestCase()
{
    installTranslations(); // the English plural forms
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().manager(db));
}

void tst_NewItemDialog::cleanupTestCase()
{
    shutdownDatabasePool();
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_NewItemDialog::quantityStaysAsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("problem");
    const QString range = QStringLiteral("Between 0 and 2,147,483,647");
    QTest::newRow("above the database's range") << QStringLiteral("99999999999") << range;
    QTest::newRow("one above") << QStringLiteral("2147483648") << range;
    QTest::newRow("the largest") << QStringLiteral("2147483647") << QString();
    QTest::newRow("negative") << QStringLiteral("-1") << range;
    QTest::newRow("zero") << QStringLiteral("0") << QString();
    QTest::newRow("not a number") << QStringLiteral("12a") << QStringLiteral("'12a' is not a whole number");
}

void tst_NewItemDialog::quantityStaysAsTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, problem);
    NewItemDialog dialog({ QStringLiteral("Kitchen") }, QStringLiteral("Kitchen"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setValues(QStringLiteral("Green teapot"), QStringLiteral("Kitchen"), QStringLiteral("12.50"), 0);
    QLineEdit *edit = editFor(&dialog, QStringLiteral("&Quantity:"));
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, typed);
    QCOMPARE(edit->text(), typed);
    auto *create = buttonWithText(&dialog, QStringLiteral("C&reate"));
    QVERIFY(create);
    auto *shown = dialog.findChild<QLabel *>(QStringLiteral("quantityProblem"));
    QVERIFY2(shown, "no message next to the quantity");
    if (problem.isEmpty()) {
        QVERIFY2(shown->text().isEmpty(), qPrintable(shown->text()));
        QVERIFY(create->isEnabled());
    } else {
        QCOMPARE(shown->text(), problem);
        QVERIFY(!create->isEnabled());
    }
}

void tst_NewItemDialog::newCategoryIsSaidBeforeCreating()
{
    NewItemDialog dialog({ QStringLiteral("Kitchen"), QStringLiteral("Tools") }, QStringLiteral("Kitchen"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("categoryHint"));
    QVERIFY2(hint, "no word about the category");
    dialog.setValues(QStringLiteral("Claw hammer"), QStringLiteral("Hardware"), QStringLiteral("9.99"), 4);
    QCOMPARE(hint->text(), QStringLiteral("'Hardware' is a new category."));
    QVERIFY(buttonWithText(&dialog, QStringLiteral("C&reate"))->isEnabled()); // said, not refused
    // The existing name in another case is that category, not a new one.
    dialog.setValues(QStringLiteral("Claw hammer"), QStringLiteral("tools"), QStringLiteral("9.99"), 4);
    QCOMPARE(hint->text(), QStringLiteral("'tools' is a new category; did you mean 'Tools'?"));
    dialog.setValues(QStringLiteral("Claw hammer"), QStringLiteral("Tools"), QStringLiteral("9.99"), 4);
    QVERIFY(hint->text().isEmpty());
    // The existing names are offered while typing, whatever the case.
    auto *combo = dialog.findChild<QComboBox *>();
    QVERIFY(combo && combo->completer());
    QCOMPARE(combo->completer()->caseSensitivity(), Qt::CaseInsensitive);
    combo->completer()->setCompletionPrefix(QStringLiteral("too"));
    QCOMPARE(combo->completer()->currentCompletion(), QStringLiteral("Tools"));
}

QTEST_MAIN(tst_NewItemDialog)
#include "tst_newitemdialog.moc"
