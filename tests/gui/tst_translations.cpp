// The translations are complete and up to date: lupdate run over the desktop app's sources (the
// same project the build's update_translations target uses) changes none of the committed .ts
// files, and those have no unfinished, vanished or empty entry; each translation keeps the
// source's %1…%9 and, where the source counts with %n, says the number in its plural forms.
// The built .qm files are in the library and Qt picks them by language.

#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const QString sourceDir = QStringLiteral(INVENTORY_SOURCE_DIR);

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; ///< the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; ///< one, or the numerus forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message { context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes") };
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.translations << xml.readElementText(); // else its forms follow
            messages << message;
        } else if (name == QLatin1String("numerusform") && !messages.isEmpty()) {
            messages.last().translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9]"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found << match.captured().remove(QLatin1Char('L'));
    return found;
}

// Runs lupdate as the build does over a copy of `ts`, and says what it changed.
QString lupdateChanges(const QString &ts, const QStringList &extraOptions)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(ts).fileName());
    if (!QFile::copy(ts, copy))
        return QStringLiteral("cannot copy %1").arg(ts);
    QStringList arguments = extraOptions;
    arguments << QStringLiteral(INVENTORY_LUPDATE_OPTIONS).split(QLatin1Char(' '), Qt::SkipEmptyParts)
              << QStringLiteral("-silent") << QStringLiteral("-project") << QStringLiteral(INVENTORY_LUPDATE_PROJECT)
              << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(INVENTORY_LUPDATE), arguments);
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0)
        return QStringLiteral("lupdate failed: %1").arg(QString::fromLocal8Bit(lupdate.readAll()));
    QFile before(ts), after(copy);
    if (!before.open(QIODevice::ReadOnly) || !after.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1").arg(ts);
    const QByteArray was = before.readAll(), is = after.readAll();
    if (was == is)
        return {};
    // Name what is new or gone, so the message says what to translate.
    QString error;
    const QList<Message> old = readTs(ts, &error), now = readTs(copy, &error);
    QSet<QString> oldKeys, newKeys;
    for (const Message &m : old)
        oldKeys << m.context + QStringLiteral(" | ") + m.source;
    for (const Message &m : now)
        newKeys << m.context + QStringLiteral(" | ") + m.source;
    QStringList lines;
    for (const QString &key : newKeys - oldKeys)
        lines << QStringLiteral("  new: ") + key;
    for (const QString &key : oldKeys - newKeys)
        lines << QStringLiteral("  gone: ") + key;
    for (const Message &m : now) {
        if (m.type == QLatin1String("unfinished"))
            lines << QStringLiteral("  unfinished after lupdate: ") + m.context + QStringLiteral(" | ") + m.source;
    }
    lines.sort();
    return QStringLiteral("%1 is behind the sources; run 'cmake --build build/dev --target update_translations' "
                          "and translate what is new:\n%2")
        .arg(QFileInfo(ts).fileName(), lines.isEmpty() ? QStringLiteral("  (layout only)") : lines.join(u'\n'));
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void upToDateWithTheSources_data();
    void upToDateWithTheSources();
    void everyStringTranslated_data();
    void everyStringTranslated();
    void builtAndFoundByLanguage();
};

void tst_Translations::upToDateWithTheSources_data()
{
    QTest::addColumn<QString>("ts");
    QTest::addColumn<QStringList>("options");
    const QString dir = sourceDir + QStringLiteral("/resources/translations/");
    QTest::newRow("de") << dir + QStringLiteral("inventory_de.ts") << QStringList();
    QTest::newRow("fr") << dir + QStringLiteral("inventory_fr.ts") << QStringList();
    QTest::newRow("en plurals") << dir + QStringLiteral("inventory_en.ts")
                                << QStringList { QStringLiteral("-pluralonly") };
}

void tst_Translations::upToDateWithTheSources()
{
    QFETCH(QString, ts);
    QFETCH(QStringList, options);
    const QString changes = lupdateChanges(ts, options);
    QVERIFY2(changes.isEmpty(), qPrintable(changes));
}

void tst_Translations::everyStringTranslated_data()
{
    QTest::addColumn<QString>("ts");
    QTest::addColumn<int>("pluralForms");
    const QString dir = sourceDir + QStringLiteral("/resources/translations/");
    // German and English: one, other. French: one (0 and 1), other.
    QTest::newRow("de") << dir + QStringLiteral("inventory_de.ts") << 2;
    QTest::newRow("fr") << dir + QStringLiteral("inventory_fr.ts") << 2;
    QTest::newRow("en plurals") << dir + QStringLiteral("inventory_en.ts") << 2;
}

void tst_Translations::everyStringTranslated()
{
    QFETCH(QString, ts);
    QFETCH(int, pluralForms);
    QString error;
    const QList<Message> messages = readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 10);
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(" | ") + m.source;
        if (!m.type.isEmpty()) {
            problems << m.type + QStringLiteral(": ") + where;
            continue;
        }
        if (m.translations.size() != (m.numerus ? pluralForms : 1)) {
            problems << QStringLiteral("%1 forms: ").arg(m.translations.size()) + where;
            continue;
        }
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty())
                problems << QStringLiteral("empty: ") + where;
            else if (placeholders(t) != placeholders(m.source))
                problems << QStringLiteral("placeholders differ in '%1': ").arg(t) + where;
        }
        // The plural says the number; the singular may write it out ("ein Eintrag").
        if (m.numerus && m.source.contains(QRegularExpression(QStringLiteral("%L?n")))
            && !m.translations.last().contains(QRegularExpression(QStringLiteral("%L?n"))))
            problems << QStringLiteral("plural without %n: ") + where;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Translations::builtAndFoundByLanguage()
{
    for (const inventory::Language &language : inventory::availableLanguages()) {
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/inventory_%1.qm").arg(language.code)),
                 qPrintable(language.code));
        QVERIFY(!translator.isEmpty());
        QVERIFY2(translator.language().startsWith(language.code), qPrintable(translator.language()));
    }
    QCOMPARE(inventory::resolvedLanguage(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(inventory::resolvedLanguage(QStringLiteral("fr_CA")), QStringLiteral("fr"));
    QCOMPARE(inventory::resolvedLanguage(QStringLiteral("ja")), QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
