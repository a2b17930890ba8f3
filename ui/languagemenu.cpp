#include "languagemenu.h"

#include "desksettings.h"
#include "translations.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>

namespace inventory {

namespace {
QString nativeName(const QString &code)
{
    for (const Language &language : availableLanguages()) {
        if (language.code == code)
            return language.nativeName;
    }
    return code;
}
} // namespace

LanguageMenu::LanguageMenu(DeskSettings *settings, QWidget *parent)
    : QMenu(tr("Lan&guage"), parent), m_settings(settings), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    setToolTipsVisible(true);
    const QString chosen = m_settings->language();
    const QString hint = tr("Applies when Inventory Desk starts again.");
    auto add = [&](const QString &code, const QString &text) {
        QAction *action = addAction(text, this, [this, code] { choose(code); });
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setToolTip(hint);
        m_group->addAction(action);
    };
    // The system's entry names the language it means here, in that language.
    add(QString(), tr("&System (%1)").arg(nativeName(resolvedLanguage(QString()))));
    addSeparator();
    // Each language by its own name, whatever the one shown now; the mnemonics are its initials.
    for (const Language &language : availableLanguages())
        add(language.code, QLatin1Char('&') + language.nativeName);
}

QAction *LanguageMenu::languageAction(const QString &code) const
{
    for (QAction *action : m_group->actions()) {
        if (action->data().toString() == code)
            return action;
    }
    return nullptr;
}

void LanguageMenu::choose(const QString &code)
{
    m_settings->setLanguage(code);
    const QString language = resolvedLanguage(code);
    if (language == installedLanguage())
        return;
    emit languageChosen(code);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("Inventory Desk will be in %1 from its next start.").arg(nativeName(language)),
                                QMessageBox::NoButton, parentWidget());
    box->setObjectName(QStringLiteral("languageRestartBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *now = box->addButton(tr("&Restart Now"), QMessageBox::AcceptRole);
    box->addButton(tr("&Later"), QMessageBox::RejectRole);
    connect(now, &QPushButton::clicked, this, &LanguageMenu::restart);
    box->open();
}

void LanguageMenu::restart()
{
    // Closing saves the window's state and may be refused (a dialog still busy); only then start anew.
    QWidget *window = parentWidget() ? parentWidget()->window() : nullptr;
    if (window && !window->close())
        return;
    // The same arguments, but not a --language that would override the choice just made.
    QStringList arguments = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size();) {
        if (arguments.at(i) == QLatin1String("--language"))
            arguments.remove(i, qMin<qsizetype>(2, arguments.size() - i));
        else if (arguments.at(i).startsWith(QLatin1String("--language=")))
            arguments.remove(i);
        else
            ++i;
    }
    QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    QCoreApplication::quit();
}

} // namespace inventory
