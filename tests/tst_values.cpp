// Parsing and validation that happen before anything is sent: durations, prices, connection
// strings, the field checks shared by the CLI and the dialogs.

#include "connectionsettings.h"
#include "duration.h"
#include "money.h"
#include "validation.h"

#include <QTest>

using namespace inventory;
using namespace std::chrono_literals;

class tst_Values : public QObject
{
    Q_OBJECT

private slots:
    void duration_data();
    void duration();
    void price_data();
    void price();
    void priceFormat();
    void connectionUri_data();
    void connectionUri();
    void connectionUriRejected();
    void connectOptionsAreQuoted();
    void text_data();
    void text();
    void quantity_data();
    void quantity();
    void ttl();
};

void tst_Values::duration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds"); // -1: rejected
    QTest::newRow("seconds") << "30s" << qint64(30);
    QTest::newRow("minutes") << "90m" << qint64(5400);
    QTest::newRow("hours") << "2h" << qint64(7200);
    QTest::newRow("days") << "1d" << qint64(86400);
    QTest::newRow("combined") << "1h30m" << qint64(5400);
    QTest::newRow("spaces around") << " 5m " << qint64(300);
    QTest::newRow("no unit") << "30" << qint64(-1);
    QTest::newRow("unknown unit") << "3w" << qint64(-1);
    QTest::newRow("negative") << "-5m" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("fraction") << "1.5h" << qint64(-1);
    QTest::newRow("unit only") << "h" << qint64(-1);
    QTest::newRow("absurd") << "99999999999d" << qint64(-1);
    QTest::newRow("sql") << "1h; DROP TABLE items" << qint64(-1);
}

void tst_Values::duration()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const auto parsed = parseDuration(text);
    if (seconds < 0) {
        QVERIFY2(!parsed, qPrintable(text));
    } else {
        QVERIFY(parsed);
        QCOMPARE(parsed->count(), seconds);
    }
}

void tst_Values::price_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents"); // -1: rejected
    QTest::newRow("whole") << "12" << qint64(1200);
    QTest::newRow("one decimal") << "12.5" << qint64(1250);
    QTest::newRow("two decimals") << "12.05" << qint64(1205);
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("largest") << "99999999.99" << qint64(9999999999);
    QTest::newRow("too many digits") << "100000000" << qint64(-1);
    QTest::newRow("three decimals") << "1.005" << qint64(-1);
    QTest::newRow("negative") << "-1" << qint64(-1);
    QTest::newRow("exponent") << "1e5" << qint64(-1);
    QTest::newRow("comma") << "1,50" << qint64(-1);
    QTest::newRow("trailing dot") << "1." << qint64(-1);
    QTest::newRow("text") << "cheap" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
}

void tst_Values::price()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const auto parsed = parsePrice(text);
    if (cents < 0) {
        QVERIFY2(!parsed, qPrintable(text));
    } else {
        QVERIFY(parsed);
        QCOMPARE(*parsed, cents);
    }
}

void tst_Values::priceFormat()
{
    QCOMPARE(formatPrice(0), QStringLiteral("0.00"));
    QCOMPARE(formatPrice(5), QStringLiteral("0.05"));
    QCOMPARE(formatPrice(1250), QStringLiteral("12.50"));
    QCOMPARE(formatPrice(maximumPrice), QStringLiteral("99999999.99"));
}

void tst_Values::connectionUri_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sslmode");
    QTest::newRow("uri") << "postgresql://alice@db.example:6432/shop?sslmode=verify-full"
                         << "db.example" << 6432 << "shop"
                         << "alice"
                         << "verify-full";
    QTest::newRow("uri without port") << "postgres://db.example/shop"
                                      << "db.example" << -1 << "shop"
                                      << ""
                                      << "";
    QTest::newRow("socket in query") << "postgresql:///inv?host=/run/pg&user=bob"
                                     << "/run/pg" << -1 << "inv"
                                     << "bob"
                                     << "";
    QTest::newRow("key=value") << "host=db.example port=5433 dbname=inv user=carol sslmode=require"
                               << "db.example" << 5433 << "inv"
                               << "carol"
                               << "require";
}

void tst_Values::connectionUri()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, sslmode);
    const auto parsed = ConnectionSettings::parse(text);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->host, host);
    QCOMPARE(parsed->port, port);
    QCOMPARE(parsed->database, database);
    QCOMPARE(parsed->user, user);
    QCOMPARE(parsed->options.value(QStringLiteral("sslmode")), sslmode);
    QVERIFY(!parsed->redactedUri().contains(QLatin1String("password")));
}

void tst_Values::connectionUriRejected()
{
    for (const char *bad : { "postgresql://host:notaport/db", "nonsense_key=1", "postgresql://h:99999/db" }) {
        const auto parsed = ConnectionSettings::parse(QString::fromLatin1(bad));
        QVERIFY2(!parsed, bad);
        QCOMPARE(parsed.error().kind, Error::Kind::InvalidInput);
        QVERIFY(!parsed.error().message.isEmpty());
    }
    // The password stays in memory only: never in the redacted form shown to people and logs.
    const auto withPassword = ConnectionSettings::parse(QStringLiteral("postgresql://u:s3cret@h/db"));
    QVERIFY(withPassword);
    QCOMPARE(withPassword->password, QStringLiteral("s3cret"));
    QVERIFY(!withPassword->redactedUri().contains(QLatin1String("s3cret")));
}

void tst_Values::connectOptionsAreQuoted()
{
    ConnectionSettings settings;
    settings.options.insert(QStringLiteral("application_name"), QStringLiteral("it's a \\ test"));
    QCOMPARE(settings.connectOptions(), QStringLiteral("application_name='it\\'s a \\\\ test'"));
}

void tst_Values::text_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("required");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("plain") << "Blue mug" << true << true << "";
    QTest::newRow("quotes and SQL stay text") << "Robert'); DROP TABLE items;--" << true << true << "";
    QTest::newRow("unicode") << QStringLiteral("Tasse \u00e0 caf\u00e9 \U0001F375") << true << true << "";
    QTest::newRow("empty required") << "" << true << false << "empty";
    QTest::newRow("blank required") << "   " << true << false << "empty";
    QTest::newRow("empty optional") << "" << false << true << "";
    QTest::newRow("10 KB") << QString(10240, QLatin1Char('x')) << true << false << "10240";
    QTest::newRow("NUL byte") << QString::fromUtf16(u"a\0b", 3) << true << false << "U+0000";
    QTest::newRow("escape") << QStringLiteral("a\x1b[31mb") << true << false << "U+001B";
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) << true << false << "Unicode";
    // 255 characters counted as the server counts them (code points), not UTF-16 units.
    QTest::newRow("255 astral characters")
        << QString::fromUcs4(std::u32string(255, U'\U0001F375').c_str()) << true << true << "";
}

void tst_Values::text()
{
    QFETCH(QString, value);
    QFETCH(bool, required);
    QFETCH(bool, accepted);
    QFETCH(QString, mentions);
    const auto error = validate::text(QStringLiteral("name"), value, validate::maxNameLength, required);
    QCOMPARE(!error.has_value(), accepted);
    if (error) {
        QCOMPARE(error->kind, Error::Kind::InvalidInput);
        QCOMPARE(error->field, QStringLiteral("name"));
        QVERIFY2(error->message.contains(mentions), qPrintable(error->message));
    }
}

void tst_Values::quantity_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("one") << qint64(1) << true;
    QTest::newRow("zero") << qint64(0) << false;
    QTest::newRow("negative") << qint64(-5) << false;
    QTest::newRow("2^31-1") << qint64(2147483647) << true;
    QTest::newRow("2^31") << qint64(2147483648) << false;
    QTest::newRow("2^40") << (qint64(1) << 40) << false;
}

void tst_Values::quantity()
{
    QFETCH(qint64, value);
    QFETCH(bool, accepted);
    const auto error = validate::quantity(QStringLiteral("quantity"), value, 1);
    QCOMPARE(!error.has_value(), accepted);
    if (error)
        QVERIFY2(error->message.contains(QString::number(value)), qPrintable(error->message));
}

void tst_Values::ttl()
{
    QVERIFY(!validate::ttl(1h));
    QVERIFY(!validate::ttl(maximumReservationTtl));
    QVERIFY(validate::ttl(0s));
    QVERIFY(validate::ttl(-1s));
    const auto tooLong = validate::ttl(maximumReservationTtl + 1s);
    QVERIFY(tooLong);
    QVERIFY2(tooLong->message.contains(QLatin1String("30d")), qPrintable(tooLong->message));
}

QTEST_GUILESS_MAIN(tst_Values)
#include "tst_values.moc"
