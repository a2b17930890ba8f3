// Help → About on a real database: the program's version, the server's version and the
// schema version as the server reports them, who we are connected as; and the schema version
// read by the session query on a database without any schema (0, not an error).

#include "aboutbox.h"
#include "asyncrunner.h"
#include "connection.h"
#include "mainwindow.h"
#include "migrations.h"
#include "operations.h"
#include "session.h"
#include "testcluster.h"

#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace inventory;
using inventory::test::TestCluster;

namespace {
const QString db = QStringLiteral("tst_aboutbox");
const QString bare = QStringLiteral("tst_aboutbox_bare");
constexpr int timeout = 15000;

QVariant ownerValue(const QString &database, const QString &sql)
{
    auto row = TestCluster::instance().ownerQueryRow(database, sql);
    return row && !row->isEmpty() ? row->first() : QVariant();
}
} // namespace

class tst_AboutBox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void namesTheVersions();
    void notConnectedSaysSo();
    void schemaVersionOfABareDatabase();
};

void tst_AboutBox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    auto empty = TestCluster::instance().createEmptyDatabase(bare);
    QVERIFY2(empty, empty ? "" : qPrintable(empty.error().message));
}

void tst_AboutBox::cleanupTestCase()
{
    shutdownDatabasePool();
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_AboutBox::namesTheVersions()
{
    const QString serverVersion =
        ownerValue(db, QStringLiteral("SELECT current_setting('server_version')")).toString();
    const int schemaVersion =
        ownerValue(db, QStringLiteral("SELECT max(version) FROM schema_migrations")).toInt();
    QVERIFY(!serverVersion.isEmpty());
    QVERIFY(schemaVersion > 0);
    QCOMPARE(schemaVersion, latestSchemaVersion());

    Session session;
    MainWindow window(&session);
    window.show();
    session.start(TestCluster::instance().staff(db));
    QTRY_VERIFY_WITH_TIMEOUT(session.isConnected(), timeout);
    QCOMPARE(session.info().schemaVersion, schemaVersion);
    QCOMPARE(session.info().serverVersion, serverVersion);

    QAction *about = window.action(MainWindow::Action::About);
    QVERIFY(about && about->isEnabled());
    about->trigger();
    auto *box = window.findChild<AboutBox *>(QStringLiteral("aboutBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    const QString text = box->text();
    QVERIFY2(text.contains(QStringLiteral("Inventory Desk " INVENTORY_VERSION)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("PostgreSQL %1").arg(serverVersion.toHtmlEscaped())),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("%1, schema version %2").arg(db).arg(schemaVersion)),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("this program's is")), qPrintable(text)); // they agree
    QVERIFY2(text.contains(QStringLiteral("tst_staff (staff)")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String(qVersion())), qPrintable(text));
    box->close();
}

void tst_AboutBox::notConnectedSaysSo()
{
    Session session; // never started
    const QString text = AboutBox::describe(session);
    QVERIFY2(text.contains(QStringLiteral("Not connected")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Inventory Desk " INVENTORY_VERSION)), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("schema version")), qPrintable(text));
}

void tst_AboutBox::schemaVersionOfABareDatabase()
{
    // The session query runs before anyone checked for a schema (and against plain servers in
    // the TLS tests): a missing schema_migrations table is version 0, not an error.
    const ScopedConnectionSettings owner(TestCluster::instance().owner(bare));
    auto info = sessionInfo();
    QVERIFY2(info, info ? "" : qPrintable(info.error().message));
    QCOMPARE(info->schemaVersion, 0);
    auto migrated = migrate();
    QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().message));
    info = sessionInfo();
    QVERIFY2(info, info ? "" : qPrintable(info.error().message));
    QCOMPARE(info->schemaVersion, latestSchemaVersion());
    Connection::closeCurrent();
}

QTEST_MAIN(tst_AboutBox)
#include "tst_aboutbox.moc"
