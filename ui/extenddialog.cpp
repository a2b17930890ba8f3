#include "extenddialog.h"

#include "duration.h"
#include "validation.h"
#include "statuscolor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace inventory {

ExtendDialog::ExtendDialog(const QString &prompt, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QLineEdit(QStringLiteral("1h"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("extendInput"));
    setWindowTitle(tr("Extend Reservations"));
    auto *label = new QLabel(prompt, this);
    label->setObjectName(QStringLiteral("promptLabel"));
    label->setWordWrap(true);
    label->setBuddy(m_edit);
    m_problem->setObjectName(QStringLiteral("durationProblem"));
    m_problem->setStyleSheet(statusStyle(Status::Problem));
    m_problem->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExtendDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &ExtendDialog::updateState);
    updateState();
    m_edit->selectAll();
    resize(sizeHint().expandedTo(QSize(380, 0)));
}

void ExtendDialog::setDuration(const QString &text)
{
    m_edit->setText(text);
}

std::optional<Ttl> ExtendDialog::duration() const
{
    if (!problem().isEmpty())
        return std::nullopt;
    return parseDuration(m_edit->text().trimmed());
}

QString ExtendDialog::problem() const
{
    const QString text = m_edit->text().trimmed();
    const auto ttl = parseDuration(text);
    if (!ttl || *ttl <= std::chrono::seconds(0))
        return tr("'%1' is not a duration; write for example 30m, 1h or 2h30m.").arg(text);
    if (auto invalid = validate::ttl(*ttl))
        return invalid->message;
    return {};
}

void ExtendDialog::updateState()
{
    const QString why = problem();
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void ExtendDialog::accept()
{
    // Enter on a wrong duration: the dialog stays, the reason is already shown.
    const auto by = duration();
    if (!by)
        return;
    QDialog::accept();
    emit durationChosen(*by);
}

} // namespace inventory
