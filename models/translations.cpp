#include "translations.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace inventory {

namespace {
QString installed;

// The first of `languages` ("de-DE", "fr", "en-US", …) that the app has a translation for.
QString translatedLanguage(const QStringList &languages)
{
    for (const QString &tag : languages) {
        const QString code = QLocale(tag).name().section(QLatin1Char('_'), 0, 0);
        for (const Language &language : availableLanguages()) {
            if (language.code == code)
                return code;
        }
    }
    return QStringLiteral("en");
}
} // namespace

QList<Language> availableLanguages()
{
    return { { QStringLiteral("en"), QStringLiteral("English") },
             { QStringLiteral("de"), QStringLiteral("Deutsch") },
             { QStringLiteral("fr"), QStringLiteral("Français") } };
}

QString resolvedLanguage(const QString &language)
{
    return translatedLanguage(language.isEmpty() ? QLocale::system().uiLanguages() : QStringList { language });
}

void installTranslations(const QString &language)
{
    if (!installed.isEmpty() || !QCoreApplication::instance())
        return;
    const QLocale system = QLocale::system();
    const QString code = resolvedLanguage(language);
    // The locale's formats go with a language chosen by hand, unless the system's locale speaks
    // it already (de_CH keeps its own).
    if (!language.isEmpty() && system.name().section(QLatin1Char('_'), 0, 0) != code)
        QLocale::setDefault(QLocale(code));

    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QStringLiteral(":/i18n/inventory_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(translator);
    } else {
        qCWarning(lcModels) << "no translation" << code;
        delete translator;
    }
    if (code != QLatin1String("en")) {
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt; // Qt's standard buttons stay English
    }
    installed = code;
}

QString installedLanguage()
{
    return installed;
}

} // namespace inventory
