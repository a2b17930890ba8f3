// The load benchmark keeps working: a tiny run of every scenario against the real server prints
// every figure. Timings and targets are not judged here (docs/PERFORMANCE.md records full runs).

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class tst_LoadTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tinyRunPrintsEveryFigure();
    void refusesUnknownScenario();
};

namespace {

QString program()
{
    return qEnvironmentVariable("INVENTORY_LOADTEST");
}

void verifyEndpoint(const QJsonObject &e, bool latencies = true)
{
    const QByteArray name = e.value(QStringLiteral("name")).toString().toUtf8();
    for (const char *key : { "requests", "ok", "insufficientStock", "errors", "errorRate", "okPerSec" })
        QVERIFY2(e.contains(QLatin1String(key)), name + ": " + key);
    QVERIFY2(e.value(QStringLiteral("requests")).toInteger() > 0, name);
    QVERIFY2(e.value(QStringLiteral("ok")).toInteger() > 0, name);
    if (latencies) {
        for (const char *key : { "p50", "p95", "p99", "max" })
            QVERIFY2(e.value(QLatin1String(key)).toDouble() > 0, name + ": " + key);
    }
}

} // namespace

void tst_LoadTest::tinyRunPrintsEveryFigure()
{
    QVERIFY2(QFile::exists(program()), "INVENTORY_LOADTEST must name the built inventory-loadtest (CTest sets it)");
    const QString server = qEnvironmentVariable("INVENTORY_SERVER");
    QVERIFY2(QFile::exists(server), "INVENTORY_SERVER must name the built inventory-server (CTest sets it)");
    QProcess run;
    run.start(program(),
              { QStringLiteral("all"), QStringLiteral("--server"), server, QStringLiteral("--inventoryctl"),
                qEnvironmentVariable("INVENTORYCTL"), QStringLiteral("--items"), QStringLiteral("1000"),
                QStringLiteral("--users"), QStringLiteral("20"), QStringLiteral("--ramp"), QStringLiteral("1"),
                QStringLiteral("--duration"), QStringLiteral("3"), QStringLiteral("--idle-connections"),
                QStringLiteral("50"), QStringLiteral("--idle-pause"), QStringLiteral("0.2"),
                QStringLiteral("--writers"), QStringLiteral("4"), QStringLiteral("--seconds"),
                QStringLiteral("1"), QStringLiteral("--warm-up"), QStringLiteral("0.5"),
                QStringLiteral("--rounds"), QStringLiteral("2"), QStringLiteral("--flash-clients"),
                QStringLiteral("8"), QStringLiteral("--json") });
    QVERIFY(run.waitForFinished(300000));
    const QByteArray err = run.readAllStandardError();
    QVERIFY2(run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0, err.constData());
    QJsonParseError parseError;
    const QJsonObject report = QJsonDocument::fromJson(run.readAllStandardOutput(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(!report.value(QStringLiteral("machine")).toString().isEmpty());
    QVERIFY(QDateTime::fromString(report.value(QStringLiteral("date")).toString(), Qt::ISODate).isValid());
    QCOMPARE(report.value(QStringLiteral("items")).toInt(), 1000);
    // The requests carried a token made for the run, and the server drained on SIGTERM.
    const QJsonObject serverInfo = report.value(QStringLiteral("server")).toObject();
    QVERIFY2(serverInfo.value(QStringLiteral("auth")).toString().startsWith(QLatin1String("bearer token")),
             qPrintable(serverInfo.value(QStringLiteral("auth")).toString()));
    QCOMPARE(serverInfo.value(QStringLiteral("exitCodeOnSigterm")).toInt(), 0);
    QVERIFY(serverInfo.value(QStringLiteral("peakRssKb")).toInteger() > 0);

    const QJsonObject scenarios = report.value(QStringLiteral("scenarios")).toObject();
    const QJsonObject connections = scenarios.value(QStringLiteral("connections")).toObject();
    QCOMPARE(connections.value(QStringLiteral("connections")).toInt(), 50);
    QVERIFY(connections.value(QStringLiteral("opened")).toInt() > 0);
    for (const char *key : { "rssBeforeKb", "rssOpenKb", "rssAfterCloseKb" })
        QVERIFY2(connections.value(QLatin1String(key)).toInteger() > 0, key);
    verifyEndpoint(connections.value(QStringLiteral("first")).toObject());

    const QJsonObject original = scenarios.value(QStringLiteral("original")).toObject();
    QCOMPARE(original.value(QStringLiteral("peakUsers")).toInt(), 20);
    QVERIFY(original.value(QStringLiteral("peakRssKb")).toInteger() > 0);
    const QJsonArray endpoints = original.value(QStringLiteral("endpoints")).toArray();
    QCOMPARE(endpoints.size(), 4);
    const QStringList names { QStringLiteral("GET /api/items/category/:category/top"),
                              QStringLiteral("GET /api/items/:id"), QStringLiteral("POST /api/items/block/temporary"),
                              QStringLiteral("POST /api/items/block/permanent") };
    for (qsizetype i = 0; i < endpoints.size(); ++i) {
        QCOMPARE(endpoints[i].toObject().value(QStringLiteral("name")).toString(), names[i]);
        verifyEndpoint(endpoints[i].toObject());
    }
    verifyEndpoint(original.value(QStringLiteral("all")).toObject());
    QVERIFY(!original.value(QStringLiteral("timeline")).toArray().isEmpty());

    const QJsonObject saturation = scenarios.value(QStringLiteral("saturation")).toObject();
    for (const char *way : { "http", "direct" }) {
        const QJsonObject w = saturation.value(QLatin1String(way)).toObject();
        verifyEndpoint(w);
        QCOMPARE(w.value(QStringLiteral("roundRates")).toArray().size(), 2);
        QVERIFY(w.value(QStringLiteral("note")).toString().contains(QLatin1String("median of 2 interleaved rounds")));
    }
    QVERIFY(saturation.value(QStringLiteral("fractionOfDirect")).toDouble() > 0);

    const QJsonArray levels = scenarios.value(QStringLiteral("flash")).toObject().value(QStringLiteral("levels")).toArray();
    QCOMPARE(levels.size(), 1);
    const QJsonObject flash = levels.first().toObject();
    QCOMPARE(flash.value(QStringLiteral("clients")).toInt(), 8);
    for (const char *way : { "http", "direct", "original" })
        verifyEndpoint(flash.value(QLatin1String(way)).toObject());
    QVERIFY(flash.value(QStringLiteral("ratioVsDirect")).toDouble() > 0);
    QVERIFY(flash.value(QStringLiteral("ratioVsOriginal")).toDouble() > 0);
    QVERIFY(flash.value(QStringLiteral("accounting")).toObject().value(QStringLiteral("consistent")).toBool());

    // Every target is named with what was measured; whether it is met is not judged here.
    QStringList targetNames;
    for (const QJsonValue &t : report.value(QStringLiteral("targets")).toArray()) {
        QVERIFY(t.toObject().contains(QStringLiteral("met")));
        QVERIFY(!t.toObject().value(QStringLiteral("measured")).toString().isEmpty());
        targetNames << t.toObject().value(QStringLiteral("name")).toString();
    }
    for (const char *part : { "p95 at 20 users", "errors up to and at 20 users", "HTTP reserve throughput",
                              "resident memory", "flash, 8 clients" }) {
        QVERIFY2(!targetNames.filter(QLatin1String(part)).isEmpty(), part);
    }
}

void tst_LoadTest::refusesUnknownScenario()
{
    QProcess run;
    run.start(program(), { QStringLiteral("stampede"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9") });
    QVERIFY(run.waitForFinished(30000));
    QCOMPARE(run.exitCode(), 2);
    QVERIFY(run.readAllStandardError().contains("'stampede' is not a scenario"));
}

QTEST_GUILESS_MAIN(tst_LoadTest)
#include "tst_loadtest.moc"
