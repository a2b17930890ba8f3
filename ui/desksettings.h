#pragma once

#include "connectionsettings.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <optional>

namespace inventory {

/// Everything the desktop app remembers, with its defaults, in one place. Passwords are never
/// stored here (see PasswordStore).
class DeskSettings
{
public:
    DeskSettings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    /// A QHeaderView::saveState() per table, by the table's object name.
    QByteArray headerState(const QString &table) const;
    void setHeaderState(const QString &table, const QByteArray &state);

    QString lastCategory() const;
    void setLastCategory(const QString &category);

    /// Where the last CSV file was imported from or exported to; the documents folder at first.
    QString transferDirectory() const;
    void setTransferDirectory(const QString &directory);

    /// Minutes between automatic cleanups of expired reservations; 0 is off (the default).
    int autoCleanupMinutes() const;
    void setAutoCleanupMinutes(int minutes);

    /// The language chosen in View → Language ("en", "de", "fr"); empty, the default, follows
    /// the system's. Read once at start (see installTranslations()).
    QString language() const;
    void setLanguage(const QString &code);

    /// Whether the Dashboard tab is shown (the default); staff who do not need it turn it off.
    bool showDashboard() const;
    void setShowDashboard(bool show);

    /// The server chosen in the connection dialog, without its password; none means the local
    /// default.
    std::optional<ConnectionSettings> savedConnection() const;
    void setSavedConnection(const std::optional<ConnectionSettings> &settings);
    /// The connection dialog's "read from standbys" ("s1, s2:5433"); empty: reads go to the server.
    QString savedReadHosts() const;
    void setSavedReadHosts(const QString &hosts);

private:
    mutable QSettings m_settings;
};

} // namespace inventory
