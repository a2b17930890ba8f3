// The benchmark program keeps working: a short run on small data prints every figure with its
// comparison and no errors. Timings are not judged here (docs/PERFORMANCE.md records full runs).

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class tst_Bench : public QObject
{
    Q_OBJECT

private slots:
    void shortRunPrintsEveryFigure();
};

void tst_Bench::shortRunPrintsEveryFigure()
{
    const QString program = qEnvironmentVariable("INVENTORYCTL");
    QVERIFY2(QFile::exists(program), "INVENTORYCTL must name the built inventoryctl (CTest sets it)");
    QProcess bench;
    bench.start(program,
                { QStringLiteral("bench"), QStringLiteral("--items"), QStringLiteral("5000"),
                  QStringLiteral("--categories"), QStringLiteral("20"), QStringLiteral("--seconds"),
                  QStringLiteral("1"), QStringLiteral("--warm-up"), QStringLiteral("1"),
                  QStringLiteral("--rounds"), QStringLiteral("2"), QStringLiteral("--workers"),
                  QStringLiteral("4"), QStringLiteral("--readers"), QStringLiteral("2"),
                  QStringLiteral("--expired-blocks"), QStringLiteral("3000"), QStringLiteral("--json") });
    QVERIFY(bench.waitForFinished(300000));
    const QByteArray err = bench.readAllStandardError();
    QVERIFY2(bench.exitCode() == 0, err.constData());
    QJsonParseError parseError;
    const QJsonObject result = QJsonDocument::fromJson(bench.readAllStandardOutput(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(!result.value(QStringLiteral("machine")).toString().isEmpty());
    QVERIFY(QDateTime::fromString(result.value(QStringLiteral("date")).toString(), Qt::ISODate).isValid());

    QMap<QString, QJsonObject> figures;
    for (const QJsonValue &value : result.value(QStringLiteral("figures")).toArray())
        figures.insert(value.toObject().value(QStringLiteral("name")).toString(), value.toObject());
    for (const char *name :
         { "seed", "categories", "top-items", "limit-single-row-update", "reserve-uniform-original",
           "reserve-uniform", "reserve-hot-original", "reserve-hot", "confirm-original", "confirm",
           "release-original", "release", "cleanup", "cleanup-concurrent-reserve" }) {
        QVERIFY2(figures.contains(QLatin1String(name)), name);
        const QJsonObject figure = figures.value(QLatin1String(name));
        QVERIFY2(figure.value(QStringLiteral("value")).toDouble() > 0, name);
        QVERIFY2(figure.contains(QStringLiteral("unit")), name);
        QCOMPARE(figure.value(QStringLiteral("errors")).toInt(), 0);
    }
    for (const char *name : { "reserve-uniform", "reserve-hot", "confirm", "release" }) {
        const QJsonObject figure = figures.value(QLatin1String(name));
        QVERIFY2(figure.value(QStringLiteral("ratioVsOriginal")).toDouble() > 0, name);
        for (const char *key : { "p50", "p95", "p99", "opsPerSec" })
            QVERIFY2(figure.contains(QLatin1String(key)), key);
    }
    QVERIFY(
        figures.value(QStringLiteral("reserve-uniform")).value(QStringLiteral("fractionOfLimit")).toDouble()
        > 0);
    // The comparisons ran in two interleaved rounds, and say so.
    for (const char *name : { "reserve-uniform", "reserve-hot-original", "confirm", "release-original" }) {
        const QString note = figures.value(QLatin1String(name)).value(QStringLiteral("note")).toString();
        QVERIFY2(note.contains(QLatin1String("median of 2 interleaved rounds")), qPrintable(note));
    }
    // Every prepared expired reservation was cleaned up, in batches.
    QCOMPARE(figures.value(QStringLiteral("cleanup")).value(QStringLiteral("operations")).toInt(), 3000);
    QVERIFY(figures.value(QStringLiteral("cleanup")).contains(QStringLiteral("maxBatchMs")));
}

QTEST_GUILESS_MAIN(tst_Bench)
#include "tst_bench.moc"
