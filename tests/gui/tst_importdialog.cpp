// The import dialog on a real database: a CSV file with a byte order mark, quoted fields,
// commas, quotes and line breaks inside fields and two invalid lines is previewed line by line,
// all-or-nothing refuses it and changes nothing, Cancel changes nothing, the valid rows go in
// exactly as written, refusals (header, role) are shown as the library words them, and a file of
// 100,000 lines is previewed and imported with the progress bar moving.

#include "asyncrunner.h"
#include "categoriesmodel.h"
#include "connection.h"
#include "importdialog.h"
#include "importpreviewmodel.h"
#include "mainwindow.h"
#include "session.h"
#include "tableview.h"
#include "testcluster.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QColor>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace inventory;
using inventory::test::TestCluster;

namespace {
const QString db = QStringLiteral("tst_importdialog");
constexpr int timeout = 15000;
const QString category = QStringLiteral("Imported goods");

// Seven lines: five valid, line 6 (a price) and line 8 (no name) not. Quoted header name, a
// BOM, CRLF endings, and the last line without a line break.
const QByteArray awkwardCsv =
    "\xEF\xBB\xBF\"name\",description,quantity,price,category\r\n"
    "\"Mug, blue\",\"Stoneware, 300 ml\",12,12.50,Imported goods\r\n"
    "\"Poster \"\"Sunrise\"\"\",\"Printed on\r\ntwo lines\",3,9.99,Imported goods\r\n"
    "Plain lamp,,0,45,Imported goods\r\n"
    "Broken price,,5,12.5.0,Imported goods\r\n"
    "\"Comma, in \"\"quotes\"\"\",\",leading comma\",7,1,\"Imported goods\"\r\n"
    ",No name,1,1,Imported goods\r\n"
    "Last one,\"multi\nline\ndesc\",100,0.5,Imported goods";

// What the valid lines must become, as "name|description|quantity|price|category", by name.
const QStringList awkwardItems = {
    QStringLiteral("Comma, in \"quotes\"|,leading comma|7|1.00|Imported goods"),
    QStringLiteral("Last one|multi\nline\ndesc|100|0.50|Imported goods"),
    QStringLiteral("Mug, blue|Stoneware, 300 ml|12|12.50|Imported goods"),
    QStringLiteral("Plain lamp||0|45.00|Imported goods"),
    QStringLiteral("Poster \"Sunrise\"|Printed on\r\ntwo lines|3|9.99|Imported goods"),
};

qint64 itemCount()
{
    auto row = TestCluster::instance().ownerQueryRow(db, QStringLiteral("SELECT count(*) FROM items"));
    return row && !row->isEmpty() ? row->first().toLongLong() : -1;
}

QStringList itemsOf(const QString &inCategory)
{
    auto row = TestCluster::instance().ownerQueryRow(
        db,
        QStringLiteral(
            "SELECT coalesce(string_agg(name || '|' || coalesce(description, '') || '|' || quantity "
            "|| '|' || price || '|' || category, E'\\x1f' ORDER BY name), '') "
            "FROM items WHERE category = $1"),
        { inCategory });
    if (!row || row->isEmpty() || row->first().toString().isEmpty())
        return {};
    return row->first().toString().split(QChar(0x1f));
}

QPushButton *button(QWidget *dialog, const char *name)
{
    return dialog->findChild<QPushButton *>(QLatin1String(name));
}
} // namespace

class tst_ImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void previewShowsEveryLineAndItsProblems();
    void allOrNothingRefusesAndChangesNothing();
    void cancelBeforeImportChangesNothing();
    void validRowsImportsExactlyTheValidLines();
    void unreadableFileIsRefused_data();
    void unreadableFileIsRefused();
    void staffOnly();
    void hundredThousandLines();

private:
    QString writeFile(const QString &name, const QByteArray &contents);
    std::unique_ptr<MainWindow> openWindow(Session &session, const ConnectionSettings &settings);
    /// The dialog for `path`, opened from the window, once the file has been read.
    ImportDialog *openPlanned(MainWindow &window, const QString &path);

    QTemporaryDir m_files;
};

QString tst_ImportDialog::writeFile(const QString &name, const QByteArray &contents)
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        return {};
    return path;
}

std::unique_ptr<MainWindow> tst_ImportDialog::openWindow(Session &session, const ConnectionSettings &settings)
{
    auto window = std::make_unique<MainWindow>(&session);
    window->show();
    session.start(settings);
    const bool ready = QTest::qWaitFor([&] { return session.isConnected(); }, timeout);
    if (!ready)
        qWarning() << "window not ready:" << window->connectionText();
    return ready ? std::move(window) : nullptr;
}

ImportDialog *tst_ImportDialog::openPlanned(MainWindow &window, const QString &path)
{
    ImportDialog *dialog = window.openImportDialog(path);
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isPlanned(); }, timeout))
        return nullptr;
    return dialog;
}

void tst_ImportDialog::initTestCase()
{
    installTranslations(); // the English plural forms
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "99,999" whatever the machine's
    QVERIFY(m_files.isValid());
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    QVERIFY(TestCluster::instance().ownerExec(
        db,
        QStringLiteral(
            "INSERT INTO items (name, quantity, price, category) VALUES ('Already here', 1, 1, 'Tools')")));
}

void tst_ImportDialog::cleanupTestCase()
{
    shutdownDatabasePool();
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_ImportDialog::init()
{
    setConnectionSettings(TestCluster::instance().manager(db));
}

void tst_ImportDialog::previewShowsEveryLineAndItsProblems()
{
    const QString path = writeFile(QStringLiteral("awkward.csv"), awkwardCsv);
    QVERIFY(!path.isEmpty());
    Session session;
    auto window = openWindow(session, TestCluster::instance().staff(db));
    QVERIFY(window);
    QVERIFY(window->action(MainWindow::Action::Import)->isEnabled());
    ImportDialog *dialog = openPlanned(*window, path);
    QVERIFY(dialog);
    ImportPreviewModel *model = dialog->previewModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(dialog->summaryText(), QStringLiteral("5 of 7 lines are valid; 2 have problems."));
    QCOMPARE(model->rowCount(), 7);
    QCOMPARE(model->plan().valid, 5);
    QCOMPARE(model->plan().invalid, 2);

    // Each line where it starts in the file; fields as written, quotes undone.
    const QList<qint64> lines { 2, 3, 5, 6, 7, 8, 9 };
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->line(row).line, lines.at(row));
    auto cell = [model](int row, int column) {
        return model->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, ImportPreviewModel::NameColumn), QStringLiteral("Mug, blue"));
    QCOMPARE(cell(0, ImportPreviewModel::PriceColumn), QStringLiteral("12.50"));
    QCOMPARE(cell(0, ImportPreviewModel::CategoryColumn), category);
    QCOMPARE(cell(1, ImportPreviewModel::NameColumn), QStringLiteral("Poster \"Sunrise\""));
    QCOMPARE(model->line(1).item.description, QStringLiteral("Printed on\r\ntwo lines"));
    QVERIFY(
        !cell(1, ImportPreviewModel::DescriptionColumn).contains(QLatin1Char('\n'))); // one line in a cell
    QCOMPARE(cell(4, ImportPreviewModel::DescriptionColumn), QStringLiteral(",leading comma"));
    QCOMPARE(cell(6, ImportPreviewModel::QuantityColumn), QStringLiteral("100"));

    // The two problems: marked, and saying what is wrong.
    for (int row = 0; row < model->rowCount(); ++row) {
        const bool invalid = row == 3 || row == 5;
        QCOMPARE(model->index(row, 0).data(ImportPreviewModel::HasProblemRole).toBool(), invalid);
        QCOMPARE(model->index(row, 0).data(Qt::BackgroundRole).isValid(), invalid);
        QCOMPARE(cell(row, ImportPreviewModel::ProblemColumn).isEmpty(), !invalid);
    }
    QVERIFY2(cell(3, ImportPreviewModel::ProblemColumn)
                 .startsWith(QStringLiteral("the price '12.5.0' is not a price")),
             qPrintable(cell(3, ImportPreviewModel::ProblemColumn)));
    QVERIFY2(model->index(3, 0).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Line 6: ")),
             qPrintable(model->index(3, 0).data(Qt::ToolTipRole).toString()));
    QVERIFY2(cell(5, ImportPreviewModel::ProblemColumn).contains(QStringLiteral("name")),
             qPrintable(cell(5, ImportPreviewModel::ProblemColumn)));

    // The report: only the problem lines, in file order.
    QSortFilterProxyModel *shown = dialog->previewView()->proxy();
    dialog->setOnlyProblems(true);
    QCOMPARE(shown->rowCount(), 2);
    QCOMPARE(shown->index(0, ImportPreviewModel::LineColumn).data().toString(), QStringLiteral("6"));
    QCOMPARE(shown->index(1, ImportPreviewModel::LineColumn).data().toString(), QStringLiteral("8"));
    dialog->setOnlyProblems(false);
    QCOMPARE(shown->rowCount(), 7);

    // All or nothing cannot work on this file, and says why; the valid rows are chosen.
    auto *allOrNothing = dialog->findChild<QRadioButton *>(QStringLiteral("allOrNothing"));
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("allOrNothingNote"));
    QVERIFY(allOrNothing && note);
    QVERIFY(!allOrNothing->isEnabled());
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(QStringLiteral("2 lines have problems")), qPrintable(note->text()));
    QCOMPARE(dialog->mode(), ImportMode::ValidRows);
    QVERIFY(button(dialog, "importButton")->isEnabled());
    dialog->close();
}

void tst_ImportDialog::allOrNothingRefusesAndChangesNothing()
{
    const QString path = writeFile(QStringLiteral("awkward.csv"), awkwardCsv);
    Session session;
    auto window = openWindow(session, TestCluster::instance().staff(db));
    QVERIFY(window);
    ImportDialog *dialog = openPlanned(*window, path);
    QVERIFY(dialog);
    const QString before = TestCluster::instance().stateFingerprint(db);
    const qint64 count = itemCount();

    // Forced past the disabled button: the library refuses, in its words, and sends nothing.
    dialog->setMode(ImportMode::AllOrNothing);
    dialog->startImport();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), timeout);
    QVERIFY2(
        dialog->resultText().startsWith(QStringLiteral("2 of 7 lines are invalid, so nothing was imported.")),
        qPrintable(dialog->resultText()));
    QVERIFY2(dialog->resultText().contains(QStringLiteral("Line 6: the price '12.5.0'")),
             qPrintable(dialog->resultText()));
    QCOMPARE(itemCount(), count);
    QCOMPARE(TestCluster::instance().stateFingerprint(db), before);
    QVERIFY(itemsOf(category).isEmpty());
    // Nothing went in, so the valid rows may still be chosen.
    QVERIFY(button(dialog, "importButton")->isEnabled());
    dialog->close();
}

void tst_ImportDialog::cancelBeforeImportChangesNothing()
{
    const QString path = writeFile(QStringLiteral("awkward.csv"), awkwardCsv);
    Session session;
    auto window = openWindow(session, TestCluster::instance().staff(db));
    QVERIFY(window);
    const QString before = TestCluster::instance().stateFingerprint(db);
    QPointer<ImportDialog> dialog = openPlanned(*window, path);
    QVERIFY(dialog);
    QPushButton *cancel = button(dialog, "closeButton");
    QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull()); // closed and gone
    QCOMPARE(TestCluster::instance().stateFingerprint(db), before);
}

void tst_ImportDialog::validRowsImportsExactlyTheValidLines()
{
    const QString path = writeFile(QStringLiteral("awkward.csv"), awkwardCsv);
    Session session;
    auto window = openWindow(session, TestCluster::instance().staff(db));
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(window->categoriesModel()->rowCount() > 0, timeout);
    QCOMPARE(window->categoriesModel()->rowOf(category), -1);
    const qint64 count = itemCount();

    ImportDialog *dialog = openPlanned(*window, path);
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), ImportMode::ValidRows);
    QTest::mouseClick(button(dialog, "importButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), timeout);
    QCOMPARE(dialog->resultText(), QStringLiteral("Imported 5 items; 2 lines skipped."));
    QCOMPARE(itemCount(), count + 5);
    QCOMPARE(itemsOf(category), awkwardItems);
    // Done: no second import of the same lines; the way out is Close.
    QVERIFY(!button(dialog, "importButton")->isEnabled());
    QCOMPARE(button(dialog, "closeButton")->text(), QStringLiteral("&Close"));
    QCOMPARE(window->lastMessage(), QStringLiteral("Imported 5 items; 2 lines skipped."));

    // The window's views are read again: the new category is there, with its five items.
    QTRY_VERIFY_WITH_TIMEOUT(window->categoriesModel()->rowOf(category) >= 0, timeout);
    QCOMPARE(window->categoriesModel()->categories().at(window->categoriesModel()->rowOf(category)).itemCount,
             5);
    dialog->close();

    QVERIFY(TestCluster::instance().ownerExec(db, QStringLiteral("DELETE FROM items WHERE category = $1"),
                                              { category }));
}

void tst_ImportDialog::unreadableFileIsRefused_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("message");
    QTest::newRow("no price column") << QByteArray("name,quantity\nMug,1\n")
                                     << QStringLiteral("the header has no 'price' column");
    QTest::newRow("unknown column") << QByteArray("name,price,colour\nMug,1,blue\n")
                                    << QStringLiteral("unknown column 'colour'");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("it is empty");
    QTest::newRow("header only") << QByteArray("name,price\n")
                                 << QStringLiteral("The file names its columns but has no lines to import.");
}

void tst_ImportDialog::unreadableFileIsRefused()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, message);
    const QString path = writeFile(QStringLiteral("refused.csv"), contents);
    Session session;
    auto window = openWindow(session, TestCluster::instance().staff(db));
    QVERIFY(window);
    ImportDialog *dialog = openPlanned(*window, path);
    QVERIFY(dialog);
    QVERIFY2(dialog->summaryText().contains(message), qPrintable(dialog->summaryText()));
    QVERIFY(!button(dialog, "importButton")->isEnabled());
    dialog->close();

    // A file that is not there at all.
    dialog = openPlanned(*window, m_files.filePath(QStringLiteral("no-such-file.csv")));
    QVERIFY(dialog);
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("cannot open")),
             qPrintable(dialog->summaryText()));
    dialog->close();
}

void tst_ImportDialog::staffOnly()
{
    const QString path = writeFile(QStringLiteral("awkward.csv"), awkwardCsv);
    const QString before = TestCluster::instance().stateFingerprint(db);
    Session session;
    auto window = openWindow(session, TestCluster::instance().nobody(db));
    QVERIFY(window);
    // The window says so before anything is tried...
    QAction *import = window->action(MainWindow::Action::Import);
    QVERIFY(!import->isEnabled());
    QVERIFY2(import->toolTip().startsWith(QStringLiteral("Only staff and managers can import items.")),
             qPrintable(import->toolTip()));
    QVERIFY(!window->openImportDialog(path));

    // ...and if a dialog got there anyway, the server's refusal is shown as the library words it.
    ImportDialog dialog(path);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isPlanned(), timeout);
    dialog.startImport();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isFinished(), timeout);
    QCOMPARE(dialog.resultText(), QStringLiteral("Only members of inventory_staff can import items."));
    QCOMPARE(TestCluster::instance().stateFingerprint(db), before);
}

void tst_ImportDialog::hundredThousandLines()
{
    constexpr int lines = 100000;
    QByteArray csv = "name,description,quantity,price,category\n";
    csv.reserve(lines * 48);
    for (int i = 1; i <= lines; ++i) {
        if (i == 50000) {
            csv += "Line 50001 is broken,,-5,1.00,Bulk\n";
            continue;
        }
        csv += "Bulk item " + QByteArray::number(i) + ",\"Row, " + QByteArray::number(i) + "\","
            + QByteArray::number(i % 1000) + ',' + QByteArray::number(i % 100) + ".25,Bulk\n";
    }
    const QString path = writeFile(QStringLiteral("bulk.csv"), csv);
    QVERIFY(!path.isEmpty());
    Session session;
    auto window = openWindow(session, TestCluster::instance().staff(db));
    QVERIFY(window);
    const qint64 count = itemCount();

    ImportDialog *dialog = window->openImportDialog(path);
    QVERIFY(dialog);
    auto *bar = dialog->findChild<QProgressBar *>();
    QVERIFY(bar);
    QList<int> values;
    connect(bar, &QProgressBar::valueChanged, this, [&values, dialog](int value) {
        if (dialog->isRunning())
            values << value;
    });
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isPlanned(), 60000);
    QCOMPARE(dialog->previewModel()->rowCount(), lines);
    QCOMPARE(dialog->summaryText(), QStringLiteral("99,999 of 100,000 lines are valid; 1 has a problem."));
    dialog->setOnlyProblems(true);
    QCOMPARE(dialog->previewView()->proxy()->rowCount(), 1);
    QVERIFY(dialog->previewView()
                ->proxy()
                ->index(0, ImportPreviewModel::ProblemColumn)
                .data()
                .toString()
                .contains(QStringLiteral("-5")));

    values.clear();
    dialog->startImport();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 120000);
    QCOMPARE(dialog->resultText(), QStringLiteral("Imported 99,999 items; 1 line skipped."));
    QCOMPARE(itemCount(), count + lines - 1);
    // The count went up batch by batch while the window kept handling events.
    const bool sawProgress =
        std::any_of(values.begin(), values.end(), [](int v) { return v > 0 && v < lines - 1; });
    QVERIFY2(sawProgress, qPrintable(QStringLiteral("progress values: %1").arg(values.size())));
    dialog->close();
}

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
