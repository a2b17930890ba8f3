#include "receivedialog.h"

#include "asyncrunner.h"
#include "confirmation.h"
#include "validation.h"
#include "statuscolor.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace inventory {

QString itemTitle(qint64 id, const QString &name)
{
    return QCoreApplication::translate("inventory::ReceiveDialog", "#%1 '%2'").arg(id).arg(name);
}

QString itemTitle(const Item &item)
{
    return itemTitle(item.id, item.name);
}

namespace {
}

ReceiveDialog::ReceiveDialog(const Item &item, QWidget *parent)
    : QDialog(parent)
    , m_item(item)
    , m_quantity(new QLineEdit(this))
    , m_quantityError(new QLabel(this))
    , m_reason(new QComboBox(this))
    , m_reference(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("receiveDialog"));
    setWindowTitle(tr("Receive Stock"));
    const QLocale locale;
    auto *heading = new QLabel(tr("<b>%1</b><br>%2 available, %3 reserved")
                                   .arg(itemTitle(item).toHtmlEscaped(), locale.toString(item.available()),
                                        locale.toString(item.reserved - item.expiredHeld)),
                               this);
    m_quantity->setObjectName(QStringLiteral("quantityEdit"));
    m_quantity->setPlaceholderText(tr("units, e.g. 24"));
    m_quantityError->setObjectName(QStringLiteral("quantityError"));
    m_quantityError->setStyleSheet(statusStyle(Status::Problem));
    m_quantityError->setWordWrap(true);
    for (StockReason reason : receiptReasons())
        m_reason->addItem(reasonLabel(reason), int(reason));
    m_reference->setMaxLength(validate::maxReferenceLength);
    m_reference->setPlaceholderText(tr("Delivery note or return number (optional)"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Quantity:"), m_quantity);
    form->addRow(QString(), m_quantityError);
    form->addRow(tr("&Why:"), m_reason);
    form->addRow(tr("Re&ference:"), m_reference);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_receiveButton = buttons->addButton(tr("&Receive…"), QDialogButtonBox::ActionRole);
    m_receiveButton->setDefault(true);
    connect(m_receiveButton, &QPushButton::clicked, this, &ReceiveDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_quantity, &QLineEdit::textChanged, this, &ReceiveDialog::updateState);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &ReceiveDialog::updateState);
    updateState();
    resize(sizeHint().expandedTo(QSize(440, 0)));
}

void ReceiveDialog::setQuantityText(const QString &text)
{
    m_quantity->setText(text);
}

void ReceiveDialog::setReason(StockReason reason)
{
    const int index = m_reason->findData(int(reason));
    if (index >= 0)
        m_reason->setCurrentIndex(index);
}

void ReceiveDialog::setReference(const QString &reference)
{
    m_reference->setText(reference);
}

QString ReceiveDialog::messageText() const
{
    return m_message->text();
}

QString ReceiveDialog::quantityProblem() const
{
    const QString text = m_quantity->text().trimmed();
    if (text.isEmpty())
        return {};
    const auto quantity = parseWholeNumber(text);
    if (!quantity)
        return tr("'%1' is not a number of units.").arg(text);
    if (*quantity <= 0)
        return tr("Receive at least 1 unit.");
    if (m_item.quantity + *quantity > validate::maxQuantity)
        return tr("At most %1 more units fit in this item's stock.")
            .arg(QLocale().toString(validate::maxQuantity - m_item.quantity));
    return {};
}

bool ReceiveDialog::canSubmit() const
{
    return !m_busy && quantityProblem().isEmpty() && parseWholeNumber(m_quantity->text()).has_value();
}

QString ReceiveDialog::summary() const
{
    const auto quantity = parseWholeNumber(m_quantity->text());
    if (!quantity || !quantityProblem().isEmpty())
        return {};
    const QLocale locale;
    const QString units = tr("%Ln unit(s)", "", int(*quantity));
    const QString what = StockReason(m_reason->currentData().toInt()) == StockReason::Returned
        ? tr("Take back %1 of %2 (customer return): %3 → %4 available")
        : tr("Receive %1 of %2: %3 → %4 available");
    return what.arg(units, itemTitle(m_item), locale.toString(m_item.available()),
                    locale.toString(m_item.available() + *quantity));
}

void ReceiveDialog::updateState()
{
    m_quantityError->setText(quantityProblem());
    m_quantityError->setVisible(!m_quantityError->text().isEmpty());
    m_summary->setText(summary());
    m_receiveButton->setEnabled(canSubmit());
}

void ReceiveDialog::submit()
{
    if (!canSubmit())
        return;
    QString question = summary() + QLatin1Char('.');
    if (!m_reference->text().trimmed().isEmpty())
        question += QLatin1Char('\n') + tr("Reference: %1").arg(m_reference->text().trimmed());
    askToConfirm(this, tr("Receive Stock"), question, tr("&Receive"), [this] { book(); });
}

void ReceiveDialog::book()
{
    const auto quantity = parseWholeNumber(m_quantity->text());
    if (!quantity || m_busy)
        return;
    m_busy = true;
    updateState();
    m_message->setStyleSheet({});
    m_message->setText(tr("Receiving…"));
    const qint64 itemId = m_item.id;
    const StockReason reason = StockReason(m_reason->currentData().toInt());
    const QString reference = m_reference->text().trimmed();
    runAsync(
        this, [=] { return receive(itemId, *quantity, reason, reference); },
        [this](const Result<StockMovement> &result) {
            m_busy = false;
            if (!result) {
                // The server's refusal as it said it; nothing was booked.
                updateState();
                m_message->setStyleSheet(statusStyle(Status::Problem));
                m_message->setText(result.error().message);
                return;
            }
            emit received(*result, m_item);
            accept();
        });
}

} // namespace inventory
