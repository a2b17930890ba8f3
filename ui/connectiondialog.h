#pragma once

#include "connectionsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace inventory {

/// Where to connect: host, port, database, user, SSL mode and a password that is kept only in
/// the system keychain (or left to ~/.pgpass), never in the settings file.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(const ConnectionSettings &current, const QString &readHosts, QWidget *parent = nullptr);

    ConnectionSettings settings() const;
    /// "Read from standbys": "s1, s2:5433" (checked when accepted); empty: reads go to the server.
    QString readHosts() const;
    bool rememberPassword() const;
    /// True when the user chose the local database instead of a server.
    bool useLocalDefault() const { return m_useLocal; }

private:
    void acceptIfValid();

    QLineEdit *m_host;
    QLineEdit *m_readHosts;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    bool m_useLocal = false;
};

/// The keychain key of a server's password: "user@host:port/database".
QString passwordKey(const ConnectionSettings &settings);

} // namespace inventory
