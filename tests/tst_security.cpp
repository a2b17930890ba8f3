// Security: no SQL is assembled from values (the sources are scanned), TLS honours
// sslmode=verify-full (against a server and CAs made for this run), passwords stay out of logs,
// URIs for display and settings files, migrations refuse a non-owner, and the local cluster
// accepts its owner only. Staff vs manager enforced by the server: tst_roles.

#include "connection.h"
#include "migrations.h"
#include "operations.h"
#include "programrun.h"
#include "testcluster.h"
#include "tlsserver.h"

#ifdef INVENTORY_TEST_DESK_SETTINGS
#include "desksettings.h"
#endif

#include <QDir>
#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace inventory;
using inventory::test::TestCluster;
using inventory::test::TlsServer;

namespace {
const QString db = QStringLiteral("tst_security");

// ---------------------------------------------------------------------------------------------
// The SQL scanner. It cuts C++ source into statements (comments and preprocessor lines removed,
// string literals kept aside) and reports a statement that holds SQL text (a literal with an
// upper-case SQL keyword) and also joins text to it: .arg(), or `+` between a literal and
// something that is not a literal. A statement appending to a variable named like SQL
// (`sql += name`) is reported too unless what it appends is a literal. Pragmatic, not a C++
// parser: its own test below shows what it catches and what it lets through.
// ---------------------------------------------------------------------------------------------

struct Statement
{
    int line = 0;
    QString code; ///< literals replaced by S, whitespace collapsed
    QStringList literals; ///< the string literals' contents
};

QList<Statement> statements(const QString &source)
{
    QList<Statement> result;
    Statement current;
    int line = 1;
    int depth = 0;
    bool lineStart = true;
    auto finish = [&] {
        if (!current.code.trimmed().isEmpty())
            result << current;
        current = Statement();
    };
    auto append = [&](QChar c) {
        if (current.code.isEmpty() && c.isSpace())
            return;
        if (current.code.isEmpty())
            current.line = line;
        if (c.isSpace()) {
            if (!current.code.endsWith(QLatin1Char(' ')))
                current.code += QLatin1Char(' ');
            return;
        }
        current.code += c;
    };
    const qsizetype n = source.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = source.at(i);
        const QChar next = i + 1 < n ? source.at(i + 1) : QChar();
        if (c == QLatin1Char('\n')) {
            ++line;
            lineStart = true;
            append(c);
            continue;
        }
        if (lineStart && c == QLatin1Char('#')) {
            // A preprocessor line, with its continuations.
            while (i < n && !(source.at(i) == QLatin1Char('\n') && source.at(i - 1) != QLatin1Char('\\'))) {
                if (source.at(i) == QLatin1Char('\n'))
                    ++line;
                ++i;
            }
            --i;
            continue;
        }
        if (!c.isSpace())
            lineStart = false;
        if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
            while (i < n && source.at(i) != QLatin1Char('\n'))
                ++i;
            --i;
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            i += 2;
            while (i + 1 < n && !(source.at(i) == QLatin1Char('*') && source.at(i + 1) == QLatin1Char('/'))) {
                if (source.at(i) == QLatin1Char('\n'))
                    ++line;
                ++i;
            }
            ++i;
            continue;
        }
        if (c == QLatin1Char('R') && next == QLatin1Char('"')
            && (i == 0 || !(source.at(i - 1).isLetterOrNumber() || source.at(i - 1) == QLatin1Char('_'))
                || source.at(i - 1) == QLatin1Char('u') || source.at(i - 1) == QLatin1Char('8')
                || source.at(i - 1) == QLatin1Char('L'))) {
            const qsizetype open = source.indexOf(QLatin1Char('('), i + 2);
            const QString delimiter = source.mid(i + 2, open - i - 2);
            const QString closing = QLatin1Char(')') + delimiter + QLatin1Char('"');
            const qsizetype end = source.indexOf(closing, open);
            const QString literal = source.mid(open + 1, end - open - 1);
            line += int(literal.count(QLatin1Char('\n')));
            current.literals << literal;
            append(QLatin1Char('S'));
            i = end + closing.size() - 1;
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            QString literal;
            qsizetype j = i + 1;
            for (; j < n && source.at(j) != c; ++j) {
                if (source.at(j) == QLatin1Char('\\') && j + 1 < n)
                    literal += source.at(j++);
                literal += source.at(j);
            }
            i = j;
            if (c == QLatin1Char('"')) {
                current.literals << literal;
                append(QLatin1Char('S'));
            } else {
                append(QLatin1Char('C'));
            }
            continue;
        }
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            depth = std::max(0, depth - 1);
        if (depth == 0 && (c == QLatin1Char(';') || c == QLatin1Char('{') || c == QLatin1Char('}'))) {
            finish();
            continue;
        }
        append(c);
    }
    finish();
    return result;
}

bool looksLikeSql(const QString &literal)
{
    static const QRegularExpression keyword(
        QStringLiteral("\\b(SELECT|INSERT INTO|UPDATE|DELETE "
                       "FROM|CREATE|DROP|ALTER|GRANT|REVOKE|TRUNCATE|COPY|WHERE|ORDER BY|"
                       "VALUES|EXECUTE|PREPARE|LISTEN|NOTIFY|SET|AND|LIMIT|FROM)\\b"));
    return keyword.match(literal).hasMatch();
}

// The reason a statement counts as SQL assembled from something, or nothing.
QString assembly(const Statement &statement)
{
    QString code = statement.code;
    // Wrappers of a literal are a literal; adjacent literals (and a macro of literals between
    // them, like ITEM_COLUMNS) are one literal.
    static const QRegularExpression wrapped(QStringLiteral(
        "\\b(QStringLiteral|QLatin1String|QLatin1StringView|QByteArrayLiteral|QStringView|QString::fromUtf8|"
        "QString::fromLatin1)\\s*\\(\\s*S\\s*\\)"));
    static const QRegularExpression adjacent(QStringLiteral("S\\s*(\\b[A-Z][A-Z0-9_]*\\b\\s*)?S"));
    for (QString before; before != code;) {
        before = code;
        code.replace(wrapped, QStringLiteral("S"));
        code.replace(adjacent, QStringLiteral("S"));
    }
    static const QRegularExpression sqlVariableAppend(
        QStringLiteral("\\b\\w*(sql|Sql|SQL|query|Query|statement|Statement)\\w*\\s*\\+=(?!\\s*S\\s*$)"));
    if (code.contains(sqlVariableAppend))
        return QStringLiteral("appends a non-literal to an SQL variable");
    if (!std::any_of(statement.literals.cbegin(), statement.literals.cend(), looksLikeSql))
        return {};
    if (code.contains(QLatin1String(".arg(")))
        return QStringLiteral(".arg() into SQL text");
    for (qsizetype i = code.indexOf(QLatin1Char('+')); i >= 0; i = code.indexOf(QLatin1Char('+'), i + 1)) {
        const bool doubled = (i + 1 < code.size()
                              && (code.at(i + 1) == QLatin1Char('+') || code.at(i + 1) == QLatin1Char('=')))
            || (i > 0 && code.at(i - 1) == QLatin1Char('+'));
        if (doubled)
            continue;
        const QString left = code.left(i).trimmed();
        const QString right = code.mid(i + 1).trimmed();
        const bool leftLiteral = left.endsWith(QLatin1Char('S'))
            && (left.size() == 1
                || !(left.at(left.size() - 2).isLetterOrNumber()
                     || left.at(left.size() - 2) == QLatin1Char('_')));
        const bool rightLiteral = right.startsWith(QLatin1Char('S'))
            && (right.size() == 1 || !(right.at(1).isLetterOrNumber() || right.at(1) == QLatin1Char('_')));
        if (leftLiteral != rightLiteral)
            return QStringLiteral("+ joins SQL text and a non-literal");
    }
    return {};
}

struct Finding
{
    QString file;
    int line = 0;
    QString code;
    QString reason;
    QStringList literals;
};

// Fixed fragments that look like assembly to the scanner and are not: each names the file, the
// SQL literal of the statement, and why it is safe. An entry that no longer matches fails the test,
// so the list cannot go stale.
struct Allowed
{
    const char *file;
    const char *fragment;
    const char *why;
};
const Allowed allowed[] = {
    { "database/operations.cpp", " AND b.item_id = $%1",
      "blocks(): the filter composer picks fixed fragments; .arg() inserts only the parameter number $N "
      "(values.size()), the item id itself is bound" },
    { "database/operations.cpp", " ORDER BY b.id DESC LIMIT $%1",
      "blocks(): the parameter number of the bound limit, as above" },
};

// Dynamic SQL in migrations whose text comes from the catalogue, not from a caller. (Not checked
// for staleness: these belong to migrations that may still be in progress.)
const Allowed allowedDynamicSql[] = {
    { "004_bulk_seed.sql", "v_drop",
      "seed_items drops items' secondary indexes by name; the names are regclass output (quoted by the "
      "server), "
      "read from pg_index, and seed_items is owner-only" },
    { "004_bulk_seed.sql", "array_to_string(v_rebuild",
      "seed_items re-creates those indexes from pg_get_indexdef(): the server's own definitions" },
    { "009_api_tokens.sql", "v_definition",
      "migration 9 redefines the schema's own functions from pg_get_functiondef() with session_user "
      "replaced by inventory.actor(); it runs once, as the owner, on text no caller supplies "
      "(tst_schema::historyNamesTheActorNotTheLogin checks the result)" },
};

QString sourceDirectory()
{
    return QStringLiteral(INVENTORY_SOURCE_DIR);
}

// Lets every category speak (debug included) and keeps what was said.
struct LogCapture
{
    static inline QMutex mutex;
    static inline QStringList messages;
    static inline QtMessageHandler previous = nullptr;

    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        {
            const QMutexLocker lock(&mutex);
            messages << QString::fromUtf8(context.category ? context.category : "") + QLatin1Char(' ')
                    + message;
        }
        if (previous && type >= QtWarningMsg)
            previous(type, context, message);
    }
    LogCapture()
    {
        const QMutexLocker lock(&mutex);
        messages.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
    }
    QStringList taken() const
    {
        const QMutexLocker lock(&mutex);
        return messages;
    }
};

using Run = inventory::test::ProgramRun;
using inventory::test::runProgram;

QString inventoryctl()
{
    return qEnvironmentVariable("INVENTORYCTL");
}

} // namespace

class tst_Security : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void scannerCatchesAssembly_data();
    void scannerCatchesAssembly();
    void noSqlAssembledFromValues();
    void migrationsQuoteDynamicSql();

    void tlsVerifyFullConnects();
    void tlsRefusals_data();
    void tlsRefusals();

    void passwordsStayOutOfLogsAndUris();
    void passwordsStayOutOfSettingsFiles();

    void migrationsRefuseNonOwner();
    void localClusterIsPrivate();
    void anotherOsUserCannotConnect();

private:
    QTemporaryDir m_tlsDirectory;
    std::unique_ptr<TlsServer> m_tls;
};

void tst_Security::initTestCase()
{
#ifdef INVENTORY_TEST_DESK_SETTINGS
    // Before the first QSettings: the settings file goes to a directory of ours.
    static QTemporaryDir configHome;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("inventory-desk-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_security"));
#endif
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    QVERIFY(m_tlsDirectory.isValid());
    m_tls = std::make_unique<TlsServer>(m_tlsDirectory.path());
    auto started = m_tls->start();
    QVERIFY2(started, started ? "" : qPrintable(started.error().message));
}

void tst_Security::cleanupTestCase()
{
    Connection::closeCurrent();
    m_tls.reset();
    TestCluster::instance().shutdown();
}

void tst_Security::scannerCatchesAssembly_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("flagged");
    auto row = [](const char *name, const char *code, bool flagged) {
        QTest::newRow(name) << QString::fromUtf8(code) << flagged;
    };
    row("arg into a WHERE", "q.exec(QStringLiteral(\"SELECT * FROM items WHERE name = '%1'\").arg(name));",
        true);
    row("number appended",
        "query.prepare(QLatin1String(\"DELETE FROM items WHERE id = \") + QString::number(id));", true);
    row("value between literals", "const QString sql = \"UPDATE items SET name = '\" + name + \"'\";", true);
    row("appended to an sql variable", "sql += name;", true);
    row("arg over lines",
        "execute(QStringLiteral(\"SELECT id\\n\"\n  \"FROM items WHERE category = %1\")\n .arg(c));", true);
    row("bound values", "run(itemSql, {id}, Retry::Safe);", false);
    row("literal with a macro of literals",
        "const QString s = QStringLiteral(\"SELECT \" ITEM_COLUMNS \"FROM items i WHERE i.id = $1\");",
        false);
    row("fixed fragment appended", "sql += QLatin1String(\" AND b.is_permanent\");", false);
    row("message with arg", "return tr(\"Only %1 of item #%2\").arg(a).arg(b);", false);
    row("SQL in a comment", "// \"SELECT \" + name\nint x = 1;", false);
}

void tst_Security::scannerCatchesAssembly()
{
    QFETCH(QString, code);
    QFETCH(bool, flagged);
    bool found = false;
    for (const Statement &statement : statements(code))
        found = found || !assembly(statement).isEmpty();
    QCOMPARE(found, flagged);
}

void tst_Security::noSqlAssembledFromValues()
{
    QList<Finding> findings;
    int files = 0;
    int sqlStatements = 0;
    for (const char *folder : { "database", "app", "models", "ui" }) {
        QDirIterator it(sourceDirectory() + QLatin1Char('/') + QLatin1String(folder),
                        { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++files;
            const QString relative = QDir(sourceDirectory()).relativeFilePath(path);
            for (const Statement &statement : statements(QString::fromUtf8(file.readAll()))) {
                if (std::any_of(statement.literals.cbegin(), statement.literals.cend(), looksLikeSql))
                    ++sqlStatements;
                const QString reason = assembly(statement);
                if (!reason.isEmpty())
                    findings << Finding { relative, statement.line, statement.code, reason,
                                          statement.literals };
            }
        }
    }
    qInfo("scanned %d source files, %d statements with SQL text", files, sqlStatements);
    QVERIFY2(files > 20 && sqlStatements > 20, "the scan found too little to mean anything");

    QList<int> uses(std::size(allowed), 0);
    QStringList unexplained;
    for (const Finding &finding : findings) {
        bool ok = false;
        for (size_t a = 0; a < std::size(allowed); ++a) {
            const QString fragment = QLatin1String(allowed[a].fragment);
            if (finding.file == QLatin1String(allowed[a].file)
                && std::any_of(finding.literals.cbegin(), finding.literals.cend(),
                               [&](const QString &literal) { return literal == fragment; })) {
                ++uses[a];
                ok = true;
                qInfo().noquote() << "allowed:" << finding.file << finding.line << "-"
                                  << QLatin1String(allowed[a].why);
            }
        }
        if (!ok)
            unexplained << QStringLiteral("%1:%2: %3: %4")
                               .arg(finding.file)
                               .arg(finding.line)
                               .arg(finding.reason, finding.code);
    }
    QVERIFY2(unexplained.isEmpty(), qPrintable(unexplained.join(QLatin1Char('\n'))));
    for (size_t a = 0; a < std::size(allowed); ++a)
        QVERIFY2(uses[a] > 0,
                 qPrintable(QStringLiteral("stale allowlist entry: %1 %2")
                                .arg(QLatin1String(allowed[a].file), QLatin1String(allowed[a].fragment))));
}

void tst_Security::migrationsQuoteDynamicSql()
{
    // Dynamic SQL inside the schema's functions: every EXECUTE builds its text with format() and
    // %I / %L quoting, never with ||.
    QDirIterator it(sourceDirectory() + QStringLiteral("/database/migrations"), { QStringLiteral("*.sql") },
                    QDir::Files);
    static const QRegularExpression execute(
        QStringLiteral("\\bEXECUTE\\s+(?!FUNCTION|PROCEDURE|ON\\b)([^;]*);"));
    int dynamic = 0;
    QStringList bad;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        text.remove(QRegularExpression(QStringLiteral("--[^\\n]*")));
        text.remove(QRegularExpression(QStringLiteral("GRANT EXECUTE")));
        for (auto match = execute.globalMatch(text); match.hasNext();) {
            const QString statement = match.next().captured(1).trimmed();
            ++dynamic;
            const QString where = QFileInfo(path).fileName() + QStringLiteral(": EXECUTE ") + statement;
            const bool quoted = statement.startsWith(QLatin1String("format("))
                && !statement.contains(QLatin1String("||")) && !statement.contains(QLatin1String("%s"));
            const auto known = std::find_if(
                std::begin(allowedDynamicSql), std::end(allowedDynamicSql), [&](const Allowed &a) {
                    return where.startsWith(QLatin1String(a.file) + QStringLiteral(": EXECUTE ")
                                            + QLatin1String(a.fragment));
                });
            if (known != std::end(allowedDynamicSql))
                qInfo().noquote() << "allowed:" << where << "-" << QLatin1String(known->why);
            else if (!quoted)
                bad << where;
        }
    }
    QVERIFY2(dynamic > 0, "no dynamic SQL found: the check would be vacuous");
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
}

void tst_Security::tlsVerifyFullConnects()
{
    for (const auto &[mode, host] :
         { std::pair { QStringLiteral("verify-full"), QStringLiteral("localhost") },
           // Contrast: without verification a wrong name still connects,
           // so the refusals below are verify-full's doing.
           std::pair { QStringLiteral("require"), QStringLiteral("wrong-name.invalid") } }) {
        const ScopedConnectionSettings tls(m_tls->settings(mode, m_tls->caCertificate(), host));
        auto q = Connection::current().execute(
            QStringLiteral("SELECT ssl, version, current_user FROM pg_stat_ssl WHERE pid = pg_backend_pid()"),
            {}, Retry::Safe);
        QVERIFY2(q, q ? "" : qPrintable(q.error().message));
        QVERIFY((*q)->next());
        QVERIFY2((*q)->value(0).toBool(), qPrintable(mode));
        QVERIFY2((*q)->value(1).toString().startsWith(QLatin1String("TLS")),
                 qPrintable((*q)->value(1).toString()));
        QCOMPARE((*q)->value(2).toString(), TlsServer::user());
        (*q)->finish();
    }
    Connection::closeCurrent();
}

void tst_Security::tlsRefusals_data()
{
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<int>("rootCertificate"); // 0 the right CA, 1 the other CA, 2 a missing file
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("verify-full, wrong CA") << "verify-full" << 1 << "localhost"
                                           << "certificate verify failed";
    QTest::newRow("verify-full, wrong host name") << "verify-full" << 0 << "wrong-name.invalid"
                                                  << "does not match host name";
    QTest::newRow("verify-full, no CA file") << "verify-full" << 2 << "localhost"
                                             << "root certificate file";
    QTest::newRow("verify-ca, wrong CA") << "verify-ca" << 1 << "localhost"
                                         << "certificate verify failed";
    QTest::newRow("no TLS: the server refuses") << "disable" << 0 << "localhost"
                                                << "no encryption";
}

void tst_Security::tlsRefusals()
{
    QFETCH(QString, sslMode);
    QFETCH(int, rootCertificate);
    QFETCH(QString, host);
    QFETCH(QString, mentions);
    const QString root = rootCertificate == 0 ? m_tls->caCertificate()
        : rootCertificate == 1                ? m_tls->otherCaCertificate()
                                              : m_tlsDirectory.filePath(QStringLiteral("no-such-root.crt"));
    const ScopedConnectionSettings tls(m_tls->settings(sslMode, root, host));
    auto session = sessionInfo();
    QVERIFY(!session);
    qInfo().noquote() << session.error().message;
    QCOMPARE(session.error().kind, Error::Kind::Connection);
    QVERIFY2(session.error().message.startsWith(QLatin1String("Cannot reach ")),
             qPrintable(session.error().message));
    QVERIFY2(session.error().message.contains(mentions), qPrintable(session.error().message));
    QVERIFY(!session.error().message.contains(TlsServer::password()));
    Connection::closeCurrent();
}

void tst_Security::passwordsStayOutOfLogsAndUris()
{
    const QString password = TlsServer::password();
    const QString uri =
        QStringLiteral("postgresql://%1:%2@localhost:%3/postgres?hostaddr=127.0.0.1&sslmode=verify-full"
                       "&sslrootcert=%4")
            .arg(TlsServer::user(), password)
            .arg(m_tls->port())
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_tls->caCertificate())));
    QStringList seen; // everything a person or a log could be shown
    {
        LogCapture capture;
        auto settings = ConnectionSettings::parse(uri);
        QVERIFY2(settings, settings ? "" : qPrintable(settings.error().message));
        QCOMPARE(settings->password, password);
        seen << settings->redactedUri() << settings->displayName();
        {
            const ScopedConnectionSettings withPassword(*settings);
            auto session = sessionInfo();
            QVERIFY2(session, session ? "" : qPrintable(session.error().message));
            QCOMPARE(session->user, TlsServer::user());
            seen << session->server << Connection::current().serverName();
        }
        // A refused password, and a refused certificate: their messages name neither password.
        ConnectionSettings wrong = *settings;
        wrong.password = QStringLiteral("Wrong-pw-0d9c3b");
        {
            const ScopedConnectionSettings withWrongPassword(wrong);
            auto refused = sessionInfo();
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(QLatin1String("password authentication failed")),
                     qPrintable(refused.error().message));
            seen << refused.error().message;
            QVERIFY(!refused.error().message.contains(wrong.password));
        }
        ConnectionSettings untrusted = *settings;
        untrusted.options.insert(QStringLiteral("sslrootcert"), m_tls->otherCaCertificate());
        {
            const ScopedConnectionSettings withUntrustedCa(untrusted);
            auto refused = sessionInfo();
            QVERIFY(!refused);
            seen << refused.error().message;
        }
        Connection::closeCurrent();
        const QStringList logged = capture.taken();
        QVERIFY2(!logged.isEmpty(), "debug logging produced nothing: the check would be vacuous");
        seen << logged;
        qInfo("%lld log messages captured with every category at debug", qint64(logged.size()));
        for (const QString &message : logged)
            qInfo().noquote() << "  logged:" << message;
    }
    // The command-line tool, told the password in --db: neither its output nor its errors repeat it.
    QVERIFY2(QFile::exists(inventoryctl()), "INVENTORYCTL must name the built inventoryctl (CTest sets it)");
    QString wrongCaUri = uri;
    wrongCaUri.replace(QString::fromLatin1(QUrl::toPercentEncoding(m_tls->caCertificate())),
                       QString::fromLatin1(QUrl::toPercentEncoding(m_tls->otherCaCertificate())));
    for (const QString &target : { uri, wrongCaUri }) {
        const Run run = runProgram(
            inventoryctl(), { QStringLiteral("--db"), target, QStringLiteral("item"), QStringLiteral("1") });
        QVERIFY2(run.exitCode > 0, qPrintable(run.err)); // no schema there / untrusted: refused either way
        seen << run.out << run.err;
    }
    for (const QString &text : std::as_const(seen))
        QVERIFY2(!text.contains(password), qPrintable(text));
    QVERIFY(seen.join(QLatin1Char('\n')).contains(TlsServer::user())); // what was checked is the real text
}

void tst_Security::passwordsStayOutOfSettingsFiles()
{
#ifdef INVENTORY_TEST_DESK_SETTINGS
    const QString password = TlsServer::password();
    ConnectionSettings settings = m_tls->settings(QStringLiteral("verify-full"), m_tls->caCertificate());
    QCOMPARE(settings.password, password);
    {
        DeskSettings desk;
        desk.setSavedConnection(settings);
    } // QSettings writes its file when it goes away
    const QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    int files = 0;
    bool userSaved = false;
    QDirIterator it(configHome, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        ++files;
        QVERIFY2(!contents.contains(password.toUtf8()), qPrintable(file.fileName()));
        userSaved = userSaved || contents.contains(TlsServer::user().toUtf8());
    }
    QVERIFY2(files > 0 && userSaved, "the desktop settings were not written where the test looked");
    const auto saved = DeskSettings().savedConnection();
    QVERIFY(saved);
    QCOMPARE(saved->user, TlsServer::user());
    QVERIFY(saved->password.isEmpty());
#else
    QSKIP("Built without the desktop app (INVENTORY_BUILD_GUI=OFF): its settings file is not part of this "
          "build.");
#endif
}

void tst_Security::migrationsRefuseNonOwner()
{
    // Also tst_schema::nonOwnerCannotMigrate; here for the security label, for each client role.
    for (const ConnectionSettings &role :
         { TestCluster::instance().manager(db), TestCluster::instance().staff(db) }) {
        const ScopedConnectionSettings asClient(role);
        const auto migrated = migrate();
        QVERIFY(!migrated);
        QCOMPARE(migrated.error().kind, Error::Kind::PermissionDenied);
        QVERIFY2(migrated.error().message.contains(role.user), qPrintable(migrated.error().message));
    }
    Connection::closeCurrent();
}

void tst_Security::localClusterIsPrivate()
{
    LocalCluster &cluster = TestCluster::instance().cluster();
    // The socket directory: only its owner (the server's account) may enter it.
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(cluster.socketDirectory()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0700));
    const passwd *postgres = ::getpwnam("postgres");
    QCOMPARE(info.st_uid, ::geteuid() == 0 && postgres ? postgres->pw_uid : ::geteuid());

    // The server's own view: no TCP at all, a private socket, and every host rule rejects.
    auto settingsRow = TestCluster::instance().ownerQueryRow(
        db,
        QStringLiteral(
            "SELECT current_setting('listen_addresses'), current_setting('unix_socket_permissions'), "
            "current_setting('unix_socket_directories'), "
            "(SELECT count(*) FROM pg_hba_file_rules WHERE type <> 'local' AND auth_method <> 'reject'), "
            "(SELECT count(*) FROM pg_hba_file_rules WHERE error IS NOT NULL)"));
    QVERIFY2(settingsRow, settingsRow ? "" : qPrintable(settingsRow.error().message));
    QCOMPARE(settingsRow->value(0).toString(), QString());
    QCOMPARE(settingsRow->value(1).toString(), QStringLiteral("0700"));
    QCOMPARE(settingsRow->value(2).toString(), cluster.socketDirectory());
    QCOMPARE(settingsRow->value(3).toLongLong(), 0);
    QCOMPARE(settingsRow->value(4).toLongLong(), 0);

    // And from outside: TCP to its port on the loopback reaches nothing.
    ConnectionSettings overTcp = cluster.settings(db);
    overTcp.host = QStringLiteral("127.0.0.1");
    overTcp.options.insert(QStringLiteral("connect_timeout"), QStringLiteral("5"));
    {
        const ScopedConnectionSettings tcp(overTcp);
        auto session = sessionInfo();
        QVERIFY(!session);
        QCOMPARE(session.error().kind, Error::Kind::Connection);
        qInfo().noquote() << session.error().message;
    }
    Connection::closeCurrent();
}

void tst_Security::anotherOsUserCannotConnect()
{
    if (::geteuid() != 0)
        QSKIP("Acting as another OS user needs root (CI runs as root); the socket directory's mode is "
              "checked above.");
    QVERIFY(::getpwnam("nobody"));
    QVERIFY2(QFile::exists(inventoryctl()), "INVENTORYCTL must name the built inventoryctl (CTest sets it)");
    const QString uri = TestCluster::uri(TestCluster::instance().owner(db));
    // As this test's user (root, who may enter any directory): connects, and the item is unknown.
    const Run asOwner = runProgram(
        inventoryctl(), { QStringLiteral("--db"), uri, QStringLiteral("item"), QStringLiteral("987654") });
    QCOMPARE(asOwner.exitCode, 3);
    // As `nobody`, with the very same URI: the socket directory is closed to it. `nobody` runs a
    // copy of the program from a directory it may enter (the build tree may sit in root's home).
    QTemporaryDir programDir(QDir::tempPath() + QStringLiteral("/tst_security-bin-XXXXXX"));
    QVERIFY(programDir.isValid());
    const QString copy = programDir.filePath(QStringLiteral("inventoryctl"));
    QVERIFY(QFile::copy(inventoryctl(), copy));
    QVERIFY(QFile::setPermissions(programDir.path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                      | QFileDevice::ReadOther | QFileDevice::ExeOther));
    QVERIFY(QFile::setPermissions(copy,
                                  QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                      | QFileDevice::ExeOther));
    QProcess process;
    process.setWorkingDirectory(programDir.path());
    process.start(QStringLiteral("runuser"),
                  { QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), copy,
                    QStringLiteral("--db"), uri, QStringLiteral("item"), QStringLiteral("987654") });
    const Run asNobody = inventory::test::finish(process);
    qInfo().noquote() << asNobody.err.trimmed();
    QCOMPARE(asNobody.exitCode, 5);
    QVERIFY2(asNobody.err.contains(QLatin1String("Permission denied")), qPrintable(asNobody.err));
}

QTEST_GUILESS_MAIN(tst_Security)
#include "tst_security.moc"
