#include "pane.h"

#include "session.h"

#include <QMessageBox>
#include <QPushButton>

namespace inventory {

Pane::Pane(Session *session, DeskSettings *settings, QWidget *parent)
    : QWidget(parent), m_session(session), m_settings(settings)
{
}

void Pane::setCurrent(bool current)
{
    if (m_current == current)
        return;
    m_current = current;
    currentChanged();
    updateActions();
}

QString Pane::whoSuffix() const
{
    const QString user = m_session->info().user;
    return user.isEmpty() ? QString() : tr(" You are %1.").arg(user);
}

void Pane::ask(const QString &title, const QString &question, const QString &yesText,
               std::function<void()> onYes)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmationBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *yes = box->addButton(yesText, QMessageBox::AcceptRole);
    box->setDefaultButton(yes);
    connect(box, &QMessageBox::buttonClicked, this, [box, yes, onYes](QAbstractButton *button) {
        if (button == yes)
            onYes();
        box->close();
    });
    box->open();
}

QIcon Pane::namedIcon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

} // namespace inventory
