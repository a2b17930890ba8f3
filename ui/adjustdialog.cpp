#include "adjustdialog.h"

#include "asyncrunner.h"
#include "confirmation.h"
#include "receivedialog.h"
#include "validation.h"
#include "statuscolor.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace inventory {

namespace {
}

AdjustDialog::AdjustDialog(const Item &item, QWidget *parent)
    : QDialog(parent)
    , m_item(item)
    , m_by(new QRadioButton(tr("Change &by"), this))
    , m_to(new QRadioButton(tr("Set &to"), this))
    , m_amount(new QLineEdit(this))
    , m_amountError(new QLabel(this))
    , m_reason(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("adjustDialog"));
    setWindowTitle(tr("Adjust Stock"));
    const QLocale locale;
    auto *heading = new QLabel(tr("<b>%1</b><br>%2 on hand, %3 reserved")
                                   .arg(itemTitle(item).toHtmlEscaped(), locale.toString(item.quantity),
                                        locale.toString(item.reserved)),
                               this);
    m_by->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_by);
    group->addButton(m_to);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amountError->setObjectName(QStringLiteral("amountError"));
    m_amountError->setStyleSheet(statusStyle(Status::Problem));
    m_amountError->setWordWrap(true);
    for (StockReason reason : adjustmentReasons())
        m_reason->addItem(reasonLabel(reason), int(reason));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What happened (optional)"));
    m_note->setFixedHeight(m_note->fontMetrics().height() * 3 + 12);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);

    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_by);
    modeRow->addWidget(m_to);
    modeRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(QString(), modeRow);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(QString(), m_amountError);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_adjustButton = buttons->addButton(tr("&Adjust…"), QDialogButtonBox::ActionRole);
    m_adjustButton->setDefault(true);
    connect(m_adjustButton, &QPushButton::clicked, this, &AdjustDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_amount, &QLineEdit::textChanged, this, &AdjustDialog::updateState);
    connect(m_by, &QRadioButton::toggled, this, &AdjustDialog::updateState);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &AdjustDialog::updateState);
    updateState();
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

void AdjustDialog::setMode(bool to)
{
    (to ? m_to : m_by)->setChecked(true);
}

void AdjustDialog::setAmountText(const QString &text)
{
    m_amount->setText(text);
}

void AdjustDialog::setReason(StockReason reason)
{
    const int index = m_reason->findData(int(reason));
    if (index >= 0)
        m_reason->setCurrentIndex(index);
}

void AdjustDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

QString AdjustDialog::messageText() const
{
    return m_message->text();
}

std::optional<qint64> AdjustDialog::change() const
{
    const auto amount = parseWholeNumber(m_amount->text(), m_by->isChecked());
    if (!amount)
        return std::nullopt;
    return m_by->isChecked() ? *amount : *amount - m_item.quantity;
}

QString AdjustDialog::amountProblem() const
{
    const QString text = m_amount->text().trimmed();
    if (text.isEmpty())
        return {};
    const QLocale locale;
    const auto amount = parseWholeNumber(text, m_by->isChecked());
    if (!amount)
        return m_by->isChecked() ? tr("'%1' is not a change; write for example -3 or +5.").arg(text)
                                 : tr("'%1' is not a number of units.").arg(text);
    const qint64 by = *change();
    if (by == 0)
        return m_by->isChecked() ? tr("A change of 0 books nothing.")
                                 : tr("%1 is already the quantity on hand.").arg(locale.toString(*amount));
    if (m_item.quantity + by < 0)
        return tr("Only %1 on hand; %2 cannot be removed.")
            .arg(locale.toString(m_item.quantity), locale.toString(-by));
    if (m_item.quantity + by > validate::maxQuantity)
        return tr("At most %1 units fit in an item's stock.").arg(locale.toString(validate::maxQuantity));
    return {};
}

bool AdjustDialog::canSubmit() const
{
    return !m_busy && change().has_value() && amountProblem().isEmpty();
}

QString AdjustDialog::summary() const
{
    if (!change() || !amountProblem().isEmpty())
        return {};
    const QLocale locale;
    const qint64 by = *change();
    return tr("Adjust %1 by %2 (%3): %4 → %5 on hand")
        .arg(itemTitle(m_item), signedNumber(by), m_reason->currentText(), locale.toString(m_item.quantity),
             locale.toString(m_item.quantity + by));
}

void AdjustDialog::updateState()
{
    m_amount->setPlaceholderText(m_by->isChecked() ? tr("e.g. -3 or +5") : tr("the quantity on hand now"));
    m_amountError->setText(amountProblem());
    m_amountError->setVisible(!m_amountError->text().isEmpty());
    m_summary->setText(summary());
    m_adjustButton->setEnabled(canSubmit());
}

void AdjustDialog::submit()
{
    if (!canSubmit())
        return;
    QString question = summary() + QLatin1Char('.');
    if (!m_note->toPlainText().trimmed().isEmpty())
        question += QLatin1Char('\n') + tr("Note: %1").arg(m_note->toPlainText().trimmed());
    askToConfirm(this, tr("Adjust Stock"), question, tr("&Adjust"), [this] { book(); });
}

void AdjustDialog::book()
{
    if (!canSubmit())
        return;
    Adjustment adjustment;
    const auto amount = parseWholeNumber(m_amount->text(), m_by->isChecked());
    if (m_by->isChecked())
        adjustment.by = *amount;
    else
        adjustment.to = *amount;
    adjustment.reason = StockReason(m_reason->currentData().toInt());
    adjustment.note = m_note->toPlainText().trimmed();
    m_busy = true;
    updateState();
    m_message->setStyleSheet({});
    m_message->setText(tr("Adjusting…"));
    runAsync(
        this, [itemId = m_item.id, adjustment] { return adjust(itemId, adjustment); },
        [this](const Result<StockMovement> &result) {
            m_busy = false;
            if (!result) {
                updateState();
                m_message->setStyleSheet(statusStyle(Status::Problem));
                m_message->setText(result.error().message);
                return;
            }
            emit adjusted(*result, m_item);
            accept();
        });
}

} // namespace inventory
