// The stock dialogs on a real server: receiving from the dialog shows up in the history pane;
// typed input is never clamped (the text stays, an error is shown beside it, nothing can be
// booked); each booking says what will change before it is made; Undo books a compensating
// movement; roles grey the actions out and say why.

#include "adjustdialog.h"
#include "asyncrunner.h"
#include "connection.h"
#include "edititemdialog.h"
#include "historymodel.h"
#include "historypane.h"
#include "operations.h"
#include "receivedialog.h"
#include "stock.h"
#include "stockactions.h"
#include "stocktest.h"
#include "translations.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace inventory;
using namespace inventory::test;

namespace {
const QString db = QStringLiteral("tst_stockdialogs");

qint64 scalar(const QString &sql, const QVariantList &values)
{
    auto row = TestCluster::instance().ownerQueryRow(db, sql, values);
    return row && !row->isEmpty() ? row->first().toLongLong() : -1;
}
} // namespace

class tst_StockDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void receiveFromDialogShowsInHistory();
    void typedQuantityIsNeverClamped_data();
    void typedQuantityIsNeverClamped();
    void adjustSaysWhatChanges();
    void undoBooksCompensatingMovement();
    void editItemChecksBarcode();
    void archiveAndUnarchive();
    void staffMayReceiveButNotAdjust();
    void historyExportsCsv();

private:
    Item freshItem(const QString &name, int quantity);
    QWidget m_window; ///< the dialogs' parent
};

Item tst_StockDialogs::freshItem(const QString &name, int quantity)
{
    setConnectionSettings(TestCluster::instance().manager(db));
    auto item = createItem({ name, {}, quantity, 1990, QStringLiteral("Home") });
    if (!item)
        qWarning() << item.error().message;
    return item ? *item : Item();
}

void tst_StockDialogs::initTestCase()
{
    installTranslations(); // the English plural forms
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    m_window.resize(600, 400);
}

void tst_StockDialogs::cleanupTestCase()
{
    shutdownDatabasePool();
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_StockDialogs::init()
{
    setConnectionSettings(TestCluster::instance().manager(db));
}

void tst_StockDialogs::receiveFromDialogShowsInHistory()
{
    const Item vase = freshItem(QStringLiteral("Blue vase"), 7);
    QVERIFY(vase.id);
    Session session;
    QVERIFY(connectSession(session, TestCluster::instance().staff(db)));

    ReceiveDialog dialog(vase, &m_window);
    QSignalSpy received(&dialog, &ReceiveDialog::received);
    dialog.show();
    QTest::keyClicks(dialog.quantityEdit(), QStringLiteral("24"));
    dialog.setReference(QStringLiteral("DN-1940"));
    QCOMPARE(dialog.summary(), QStringLiteral("Receive 24 units of #%1 'Blue vase': 7 → 31 available").arg(vase.id));
    QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
    QPushButton *receiveButton = nullptr;
    for (QPushButton *b : buttons) {
        if (b->text() == QStringLiteral("&Receive…"))
            receiveButton = b;
    }
    QVERIFY(receiveButton && receiveButton->isEnabled());
    QTest::mouseClick(receiveButton, Qt::LeftButton);
    const QString question = acceptConfirmation();
    QVERIFY2(question.startsWith(QStringLiteral("Receive 24 units of #%1 'Blue vase': 7 → 31 available").arg(vase.id)),
             qPrintable(question));
    QVERIFY(question.contains(QStringLiteral("DN-1940")));
    QVERIFY(received.wait(stockTimeout));
    QCOMPARE(quantityOf(db, vase.id), 31);

    // The history pane of that item shows it on top, booked by the staff role.
    HistoryPane pane(&session, nullptr);
    pane.setFixedItem(vase.id);
    pane.show();
    pane.activate();
    QTRY_VERIFY_WITH_TIMEOUT(pane.model()->rowCount() >= 2, stockTimeout);
    const QAbstractItemModel *shown = pane.view()->model();
    QCOMPARE(shown->index(0, HistoryModel::KindColumn).data().toString(), QStringLiteral("Receipt"));
    QCOMPARE(shown->index(0, HistoryModel::ChangeColumn).data().toString(), QStringLiteral("+24"));
    QCOMPARE(shown->index(0, HistoryModel::ResultingColumn).data().toString(), QStringLiteral("31"));
    QCOMPARE(shown->index(0, HistoryModel::ReferenceColumn).data().toString(), QStringLiteral("DN-1940"));
    QCOMPARE(shown->index(0, HistoryModel::ActorColumn).data().toString(), QStringLiteral("tst_staff"));
    QCOMPARE(shown->index(1, HistoryModel::KindColumn).data().toString(), QStringLiteral("Opening stock"));
    QVERIFY(pane.view()->isColumnHidden(HistoryModel::ItemColumn)); // one item: no item column
    QVERIFY(!pane.itemFilter()->isVisible());
}

void tst_StockDialogs::typedQuantityIsNeverClamped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("problem");
    QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral("'abc' is not a number of units.");
    QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("Receive at least 1 unit.");
    QTest::newRow("negative") << QStringLiteral("-4") << QStringLiteral("'-4' is not a number of units.");
    QTest::newRow("too many") << QStringLiteral("99999999999")
                              << QStringLiteral("At most %1 more units fit in this item's stock.")
                                     .arg(QLocale().toString(2147483647 - 5));
}

void tst_StockDialogs::typedQuantityIsNeverClamped()
{
    QFETCH(QString, typed);
    QFETCH(QString, problem);
    Item item;
    item.id = 77;
    item.name = QStringLiteral("Jug");
    item.quantity = 5;
    ReceiveDialog dialog(item, &m_window);
    dialog.show();
    QTest::keyClicks(dialog.quantityEdit(), typed);
    QCOMPARE(dialog.quantityEdit()->text(), typed); // what was typed stays as typed
    QCOMPARE(dialog.quantityProblem(), problem);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("quantityError"));
    QVERIFY(error && error->isVisible());
    QCOMPARE(error->text(), problem);
    QVERIFY(!dialog.canSubmit());
    QVERIFY(dialog.summary().isEmpty());
    dialog.submit();
    QTest::qWait(100);
    QVERIFY(!confirmationShown()); // nothing is asked, so nothing can be booked
}

void tst_StockDialogs::adjustSaysWhatChanges()
{
    const Item bowl = freshItem(QStringLiteral("Fruit bowl"), 7);
    Session session;
    QVERIFY(connectSession(session, TestCluster::instance().manager(db)));
    AdjustDialog dialog(bowl, &m_window);
    QSignalSpy adjusted(&dialog, &AdjustDialog::adjusted);
    dialog.show();
    dialog.setAmountText(QStringLiteral("-9"));
    QCOMPARE(dialog.amountProblem(), QStringLiteral("Only 7 on hand; 9 cannot be removed."));
    QVERIFY(!dialog.canSubmit());
    QCOMPARE(dialog.amountEdit()->text(), QStringLiteral("-9"));

    dialog.setMode(true); // set to
    dialog.setAmountText(QStringLiteral("4"));
    dialog.setReason(StockReason::Lost);
    QCOMPARE(dialog.summary(),
             QStringLiteral("Adjust #%1 'Fruit bowl' by −3 (%2): 7 → 4 on hand").arg(bowl.id).arg(reasonLabel(StockReason::Lost)));
    dialog.setNote(QStringLiteral("shelf 4 empty"));
    dialog.submit();
    const QString question = acceptConfirmation();
    QVERIFY2(question.contains(QStringLiteral("7 → 4 on hand")) && question.contains(QStringLiteral("shelf 4 empty")),
             qPrintable(question));
    QVERIFY(adjusted.wait(stockTimeout));
    QCOMPARE(quantityOf(db, bowl.id), 4);
    const auto movement = adjusted.first().first().value<StockMovement>();
    QCOMPARE(movement.change, -3);
    QCOMPARE(movement.reason, StockReason::Lost);
}

void tst_StockDialogs::undoBooksCompensatingMovement()
{
    const Item lamp = freshItem(QStringLiteral("Desk lamp"), 10);
    Session session;
    QVERIFY(connectSession(session, TestCluster::instance().manager(db)));
    StockActions actions(&session, &m_window);
    QSignalSpy changed(&actions, &StockActions::stockChanged);
    actions.setItem(lamp);
    QVERIFY(!actions.action(StockActions::Action::Undo)->isEnabled());

    ReceiveDialog *dialog = actions.openReceiveDialog();
    QVERIFY(dialog);
    dialog->setQuantityText(QStringLiteral("6"));
    dialog->submit();
    QVERIFY(!acceptConfirmation().isEmpty());
    QVERIFY(changed.wait(stockTimeout));
    QCOMPARE(quantityOf(db, lamp.id), 16);
    QVERIFY(actions.lastMessage().contains(QStringLiteral("Undo")));
    QAction *undo = actions.action(StockActions::Action::Undo);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("receipt of 6 units")), qPrintable(undo->text()));

    const qint64 receipt = scalar(QStringLiteral("SELECT max(id) FROM stock_movements WHERE item_id = $1"), { lamp.id });
    undo->trigger();
    QVERIFY(changed.wait(stockTimeout));
    QCOMPARE(quantityOf(db, lamp.id), 10);
    // Never a delete: the receipt is still there, and a new movement compensates it.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM stock_movements WHERE id = $1"), { receipt }), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT change FROM stock_movements WHERE compensates = $1"), { receipt }), -6);
    QVERIFY2(actions.lastMessage().startsWith(QStringLiteral("Undone")), qPrintable(actions.lastMessage()));
    QVERIFY(!undo->isEnabled()); // once only

    // The same for an adjustment.
    AdjustDialog *adjust = actions.openAdjustDialog();
    QVERIFY(adjust);
    adjust->setAmountText(QStringLiteral("-2"));
    adjust->setReason(StockReason::Damaged);
    adjust->submit();
    QVERIFY(!acceptConfirmation().isEmpty());
    QVERIFY(changed.wait(stockTimeout));
    QCOMPARE(quantityOf(db, lamp.id), 8);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QVERIFY(changed.wait(stockTimeout));
    QCOMPARE(quantityOf(db, lamp.id), 10);
}

void tst_StockDialogs::editItemChecksBarcode()
{
    const Item mug = freshItem(QStringLiteral("Green mug"), 3);
    Session session;
    QVERIFY(connectSession(session, TestCluster::instance().manager(db)));
    EditItemDialog dialog(mug, { QStringLiteral("Home"), QStringLiteral("Kitchen") }, &m_window);
    QSignalSpy edited(&dialog, &EditItemDialog::edited);
    dialog.show();
    QVERIFY(!dialog.canSubmit()); // nothing changed yet
    const QString good = ean13(QStringLiteral("400638133393"));
    QString bad = good;
    bad[12] = QChar('0' + (bad.at(12).digitValue() + 1) % 10);
    QLineEdit *barcode = dialog.lineEdit(EditItemDialog::Field::Barcode);
    QTest::keyClicks(barcode, bad);
    QCOMPARE(barcode->text(), bad);
    QVERIFY2(dialog.problem(EditItemDialog::Field::Barcode).contains(QStringLiteral("check digit")),
             qPrintable(dialog.problem(EditItemDialog::Field::Barcode)));
    QVERIFY(!dialog.canSubmit());
    dialog.setText(EditItemDialog::Field::Barcode, QStringLiteral("12345"));
    QVERIFY(dialog.problem(EditItemDialog::Field::Barcode).contains(QStringLiteral("13 digits")));
    dialog.setText(EditItemDialog::Field::Barcode, good);
    QVERIFY(dialog.problem(EditItemDialog::Field::Barcode).isEmpty());
    dialog.setText(EditItemDialog::Field::Price, QStringLiteral("12,50"));
    QVERIFY(!dialog.problem(EditItemDialog::Field::Price).isEmpty());
    QVERIFY(!dialog.canSubmit());
    dialog.setText(EditItemDialog::Field::Price, QStringLiteral("21.00"));
    dialog.setText(EditItemDialog::Field::Sku, QStringLiteral("MUG-GRN"));
    dialog.setText(EditItemDialog::Field::ReorderPoint, QStringLiteral("5"));
    QCOMPARE(dialog.changes(),
             (QStringList { QStringLiteral("Price: 19.90 → 21.00"), QStringLiteral("SKU: (none) → 'MUG-GRN'"),
                            QStringLiteral("Barcode: (none) → '%1'").arg(good),
                            QStringLiteral("Reorder at: (none) → 5") }));
    dialog.submit();
    const QString question = acceptConfirmation();
    QVERIFY2(question.contains(QStringLiteral("Price: 19.90 → 21.00")), qPrintable(question));
    QVERIFY(edited.wait(stockTimeout));
    auto stored = item(mug.id);
    QVERIFY(stored);
    QCOMPARE(stored->barcode, good);
    QCOMPARE(stored->sku, QStringLiteral("MUG-GRN"));
    QCOMPARE(stored->price, Cents(2100));
    QCOMPARE(stored->reorderPoint, std::optional<int>(5));
    QCOMPARE(stored->name, mug.name); // untouched fields stay
    auto found = itemByCode(good);
    QVERIFY(found && found->id == mug.id);
}

void tst_StockDialogs::archiveAndUnarchive()
{
    const Item clock = freshItem(QStringLiteral("Wall clock"), 2);
    Session session;
    QVERIFY(connectSession(session, TestCluster::instance().manager(db)));
    StockActions actions(&session, &m_window);
    QSignalSpy changed(&actions, &StockActions::itemChanged);
    actions.setItem(clock);
    QVERIFY(actions.action(StockActions::Action::Archive)->isEnabled());
    QVERIFY(!actions.action(StockActions::Action::Unarchive)->isEnabled());
    actions.archive();
    const QString question = acceptConfirmation();
    QVERIFY2(question.startsWith(QStringLiteral("Archive #%1 'Wall clock'?").arg(clock.id)), qPrintable(question));
    QVERIFY(changed.wait(stockTimeout));
    QVERIFY(actions.item().isArchived());
    QVERIFY(!actions.action(StockActions::Action::Receive)->isEnabled());
    QVERIFY(actions.action(StockActions::Action::Receive)->toolTip().contains(QStringLiteral("archived")));
    actions.unarchive();
    QVERIFY(!acceptConfirmation().isEmpty());
    QVERIFY(changed.wait(stockTimeout));
    QVERIFY(!actions.item().isArchived());
}

void tst_StockDialogs::staffMayReceiveButNotAdjust()
{
    const Item rug = freshItem(QStringLiteral("Rug"), 1);
    Session session;
    QVERIFY(connectSession(session, TestCluster::instance().staff(db)));
    StockActions actions(&session, &m_window);
    actions.setItem(rug);
    QVERIFY(actions.action(StockActions::Action::Receive)->isEnabled());
    QVERIFY(actions.action(StockActions::Action::ItemHistory)->isEnabled());
    for (auto which : { StockActions::Action::Adjust, StockActions::Action::EditItem, StockActions::Action::Archive,
                        StockActions::Action::NewCount }) {
        QAction *a = actions.action(which);
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        QVERIFY2(a->toolTip().startsWith(QStringLiteral("Only managers")), qPrintable(a->toolTip()));
        QVERIFY(a->toolTip().contains(QStringLiteral("tst_staff")));
    }
    QVERIFY(!actions.openAdjustDialog());

    Session nobody;
    QVERIFY(connectSession(nobody, TestCluster::instance().nobody(db)));
    StockActions refused(&nobody, &m_window);
    refused.setItem(rug);
    QVERIFY(!refused.action(StockActions::Action::Receive)->isEnabled());
    QVERIFY(refused.action(StockActions::Action::Receive)->toolTip().startsWith(QStringLiteral("Only staff")));
}

void tst_StockDialogs::historyExportsCsv()
{
    const Item plate = freshItem(QStringLiteral("Plate, \"white\""), 4);
    QVERIFY(receive(plate.id, 3, StockReason::Received, QStringLiteral("DN 7")));
    Session session;
    QVERIFY(connectSession(session, TestCluster::instance().manager(db)));
    HistoryPane pane(&session, nullptr);
    pane.setFixedItem(plate.id);
    pane.activate();
    QTRY_COMPARE_WITH_TIMEOUT(pane.model()->rowCount(), 2, stockTimeout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.csv"));
    QSignalSpy exported(&pane, &HistoryPane::exported);
    pane.exportTo(path);
    QVERIFY(exported.wait(stockTimeout));
    QCOMPARE(exported.first().first().toLongLong(), 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.at(0).startsWith("time,item_id,item,kind,reason,change"));
    QVERIFY2(lines.at(1).contains("\"Plate, \"\"white\"\"\",receipt,received,3,7"), lines.at(1).constData());
    QVERIFY(lines.at(2).contains(",opening,,4,4"));
}

QTEST_MAIN(tst_StockDialogs)
#include "tst_stockdialogs.moc"
