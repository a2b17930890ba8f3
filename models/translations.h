#pragma once

#include <QList>
#include <QString>

namespace inventory {

/// A language the app is translated into, as the language setting offers it.
struct Language
{
    QString code;       ///< "en", "de", "fr": the suffix of its inventory_<code>.qm
    QString nativeName; ///< "English", "Deutsch", "Français": how it is offered, in any language
};

/// English, German and French.
QList<Language> availableLanguages();

/// Installs the app's translations for `language` ("de", "fr", "en") or, when it is empty, for
/// the system's languages (QLocale::system().uiLanguages(), which LANGUAGE and LC_ALL set), else
/// English. English holds only the plural forms of the "%n" strings (tr("%Ln unit(s)", "", n)),
/// which Qt takes from a translation even for the source language. Qt's own strings (the
/// standard buttons) come from Qt's translations where they are installed
/// (qt6-translations-l10n). A language chosen other than the system's also brings its numbers
/// and dates (QLocale::setDefault): German words with "1,234.50" would read wrong. Call once the
/// application object exists; calling again does nothing. The command-line tool never calls
/// it: its messages stay English.
void installTranslations(const QString &language = {});

/// The language installTranslations(language) would choose ("de", "fr", "en").
QString resolvedLanguage(const QString &language);

/// The language installTranslations() chose ("de", "fr", "en"), or empty before it ran.
QString installedLanguage();

} // namespace inventory
