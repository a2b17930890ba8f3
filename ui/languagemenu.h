#pragma once

#include <QMenu>

class QActionGroup;

namespace inventory {

class DeskSettings;

/// View → Language: System (the default), English, Deutsch, Français. The choice is saved in
/// the settings and applies from the next start; the menu says so and offers to restart now.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    LanguageMenu(DeskSettings *settings, QWidget *parent);

    /// The entry for `code` ("en", "de", "fr"; empty for System).
    QAction *languageAction(const QString &code) const;

signals:
    /// A language other than the one running was chosen: `code` (empty for System).
    void languageChosen(const QString &code);

private:
    void choose(const QString &code);
    void restart();

    DeskSettings *m_settings;
    QActionGroup *m_group;
};

} // namespace inventory
