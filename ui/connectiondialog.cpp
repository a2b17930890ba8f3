#include "connectiondialog.h"

#include "passwordstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace inventory {

QString passwordKey(const ConnectionSettings &settings)
{
    return QStringLiteral("%1@%2:%3/%4")
        .arg(settings.user, settings.host)
        .arg(settings.port > 0 ? settings.port : 5432)
        .arg(settings.database);
}

ConnectionDialog::ConnectionDialog(const ConnectionSettings &current, const QString &readHosts, QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(current.host, this))
    , m_readHosts(new QLineEdit(readHosts, this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(current.database, this))
    , m_user(new QLineEdit(current.user, this))
    , m_sslMode(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the password in the system &keychain"), this))
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect to a Server"));
    m_host->setPlaceholderText(tr("db.example.com, or a socket directory"));
    m_readHosts->setObjectName(QStringLiteral("readHosts"));
    m_readHosts->setPlaceholderText(tr("standby1, standby2:5433 (empty: read from the server)"));
    m_readHosts->setToolTip(tr("Browse from these hot standbys; reservations and other changes still go to the "
                               "server above. You see your own changes at once either way."));
    m_port->setRange(1, 65535);
    m_port->setValue(current.port > 0 ? current.port : 5432);
    m_database->setPlaceholderText(QStringLiteral("inventory"));
    for (const QString &mode :
         { QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-ca"),
           QStringLiteral("verify-full"), QStringLiteral("disable") })
        m_sslMode->addItem(mode);
    const QString sslMode = current.options.value(QStringLiteral("sslmode"));
    if (!sslMode.isEmpty())
        m_sslMode->setCurrentText(sslMode);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from the keychain or ~/.pgpass"));
    m_remember->setChecked(PasswordStore::isAvailable());
    m_remember->setEnabled(PasswordStore::isAvailable());

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Read from standbys:"), m_readHosts);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&SSL mode:"), m_sslMode);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);

    auto *note = new QLabel(tr("Passwords are never written to the settings file."), this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    auto *local = buttons->addButton(tr("Use the &Local Database"), QDialogButtonBox::ResetRole);
    connect(local, &QPushButton::clicked, this, [this] {
        m_useLocal = true;
        accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::acceptIfValid);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

ConnectionSettings ConnectionDialog::settings() const
{
    ConnectionSettings settings;
    settings.host = m_host->text().trimmed();
    settings.port = m_port->value();
    settings.database = m_database->text().trimmed();
    settings.user = m_user->text().trimmed();
    settings.password = m_password->text();
    settings.options.insert(QStringLiteral("sslmode"), m_sslMode->currentText());
    settings.options.insert(QStringLiteral("application_name"), QStringLiteral("inventory-desk"));
    return settings;
}

QString ConnectionDialog::readHosts() const
{
    return m_readHosts->text().trimmed();
}

void ConnectionDialog::acceptIfValid()
{
    if (auto hosts = ConnectionSettings::parseHostList(readHosts(), tr("Read from standbys")); !hosts) {
        QMessageBox::warning(this, windowTitle(), hosts.error().message);
        m_readHosts->setFocus();
        return;
    }
    accept();
}

bool ConnectionDialog::rememberPassword() const
{
    return m_remember->isChecked() && !m_password->text().isEmpty();
}

} // namespace inventory
