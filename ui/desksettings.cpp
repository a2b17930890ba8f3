#include "desksettings.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace inventory {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString lastCategoryKey = QStringLiteral("browse/lastCategory");
const QString transferDirectoryKey = QStringLiteral("transfer/directory");
const QString autoCleanupKey = QStringLiteral("cleanup/autoMinutes");
const QString languageKey = QStringLiteral("ui/language");
const QString dashboardKey = QStringLiteral("dashboard/shown");
const QString connectionGroup = QStringLiteral("connection");
} // namespace

DeskSettings::DeskSettings() = default;

QByteArray DeskSettings::windowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void DeskSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(geometryKey, geometry);
}

QByteArray DeskSettings::windowState() const
{
    return m_settings.value(stateKey).toByteArray();
}

void DeskSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(stateKey, state);
}

QByteArray DeskSettings::splitterState(const QString &name) const
{
    return m_settings.value(QStringLiteral("splitters/") + name).toByteArray();
}

void DeskSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("splitters/") + name, state);
}

QByteArray DeskSettings::headerState(const QString &table) const
{
    return m_settings.value(QStringLiteral("tables/") + table).toByteArray();
}

void DeskSettings::setHeaderState(const QString &table, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("tables/") + table, state);
}

QString DeskSettings::lastCategory() const
{
    return m_settings.value(lastCategoryKey).toString();
}

void DeskSettings::setLastCategory(const QString &category)
{
    m_settings.setValue(lastCategoryKey, category);
}

QString DeskSettings::transferDirectory() const
{
    const QString saved = m_settings.value(transferDirectoryKey).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void DeskSettings::setTransferDirectory(const QString &directory)
{
    m_settings.setValue(transferDirectoryKey, directory);
}

int DeskSettings::autoCleanupMinutes() const
{
    return qBound(0, m_settings.value(autoCleanupKey, 0).toInt(), 24 * 60);
}

void DeskSettings::setAutoCleanupMinutes(int minutes)
{
    m_settings.setValue(autoCleanupKey, qBound(0, minutes, 24 * 60));
}

QString DeskSettings::language() const
{
    return m_settings.value(languageKey).toString();
}

void DeskSettings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings.remove(languageKey);
    else
        m_settings.setValue(languageKey, code);
}

bool DeskSettings::showDashboard() const
{
    return m_settings.value(dashboardKey, true).toBool();
}

void DeskSettings::setShowDashboard(bool show)
{
    m_settings.setValue(dashboardKey, show);
}

std::optional<ConnectionSettings> DeskSettings::savedConnection() const
{
    if (!m_settings.childGroups().contains(connectionGroup))
        return std::nullopt;
    m_settings.beginGroup(connectionGroup);
    ConnectionSettings settings;
    settings.host = m_settings.value(QStringLiteral("host")).toString();
    settings.port = m_settings.value(QStringLiteral("port"), -1).toInt();
    settings.database = m_settings.value(QStringLiteral("database")).toString();
    settings.user = m_settings.value(QStringLiteral("user")).toString();
    const QString sslMode = m_settings.value(QStringLiteral("sslmode")).toString();
    if (!sslMode.isEmpty())
        settings.options.insert(QStringLiteral("sslmode"), sslMode);
    m_settings.endGroup();
    return settings;
}

void DeskSettings::setSavedConnection(const std::optional<ConnectionSettings> &settings)
{
    m_settings.remove(connectionGroup);
    if (!settings)
        return;
    m_settings.beginGroup(connectionGroup);
    m_settings.setValue(QStringLiteral("host"), settings->host);
    m_settings.setValue(QStringLiteral("port"), settings->port);
    m_settings.setValue(QStringLiteral("database"), settings->database);
    m_settings.setValue(QStringLiteral("user"), settings->user);
    m_settings.setValue(QStringLiteral("sslmode"), settings->options.value(QStringLiteral("sslmode")));
    m_settings.endGroup();
}

QString DeskSettings::savedReadHosts() const
{
    return m_settings.value(connectionGroup + QStringLiteral("/readHosts")).toString();
}

void DeskSettings::setSavedReadHosts(const QString &hosts)
{
    m_settings.setValue(connectionGroup + QStringLiteral("/readHosts"), hosts.trimmed());
}

} // namespace inventory
