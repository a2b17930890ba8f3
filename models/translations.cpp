#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace inventory {

void installTranslations()
{
    static QTranslator *installed = nullptr;
    if (installed || !QCoreApplication::instance())
        return;
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QLocale(), QStringLiteral("inventory"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !translator->load(QStringLiteral(":/i18n/inventory_en.qm"))) {
        delete translator;
        return;
    }
    QCoreApplication::installTranslator(translator);
    installed = translator;
}

} // namespace inventory
