#include "reservedialog.h"

#include "asyncrunner.h"
#include "duration.h"
#include "error.h"
#include "operations.h"
#include "validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace inventory {

ReserveDialog::ReserveDialog(const Item &item, QWidget *parent)
    : QDialog(parent)
    , m_item(item)
    , m_quantity(new QSpinBox(this))
    , m_expiry(new QComboBox(this))
    , m_reference(new QLineEdit(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_reserveButton(m_buttons->addButton(tr("&Reserve"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("reserveDialog"));
    setWindowTitle(tr("Reserve #%1 %2").arg(item.id).arg(item.name));

    auto *heading = new QLabel(tr("<b>#%1 %2</b><br>%3 available, %4 already reserved")
                                   .arg(item.id)
                                   .arg(item.name.toHtmlEscaped())
                                   .arg(QLocale().toString(item.quantity))
                                   .arg(QLocale().toString(item.reserved)),
                               this);

    m_quantity->setRange(item.quantity > 0 ? 1 : 0, qMax(item.quantity, 0));
    m_quantity->setValue(item.quantity > 0 ? 1 : 0);
    m_quantity->setSuffix(tr(" of %1").arg(item.quantity));
    m_quantity->setAccessibleName(tr("Quantity"));

    // Durations as the CLI takes them ("90m", "1h30m"); the presets cover the usual cases.
    m_expiry->setEditable(true);
    for (const QString &preset : { QStringLiteral("15m"), QStringLiteral("30m"), QStringLiteral("1h"),
                                   QStringLiteral("2h"), QStringLiteral("4h"), QStringLiteral("1d") })
        m_expiry->addItem(preset);
    m_expiry->setCurrentText(QStringLiteral("1h"));
    m_expiry->setToolTip(tr("How long the units are held: 30m, 1h, 2h30m, 1d (at most %1).")
                             .arg(formatDuration(maximumReservationTtl)));

    m_reference->setMaxLength(validate::maxReferenceLength);
    m_reference->setPlaceholderText(tr("Order number or note (optional)"));

    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setObjectName(QStringLiteral("resultLabel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Quantity:"), m_quantity);
    form->addRow(tr("&Expires after:"), m_expiry);
    form->addRow(tr("Re&ference:"), m_reference);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(m_buttons);

    m_reserveButton->setDefault(true);
    connect(m_reserveButton, &QPushButton::clicked, this, &ReserveDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_expiry, &QComboBox::currentTextChanged, this, &ReserveDialog::updateState);
    updateState();
    resize(sizeHint().expandedTo(QSize(420, 0)));
}

void ReserveDialog::setQuantity(int quantity)
{
    m_quantity->setValue(quantity);
}

void ReserveDialog::setReference(const QString &reference)
{
    m_reference->setText(reference);
}

QString ReserveDialog::resultText() const
{
    return m_result->text();
}

void ReserveDialog::updateState()
{
    const auto ttl = parseDuration(m_expiry->currentText().trimmed());
    QString problem;
    if (m_item.quantity <= 0)
        problem = tr("Nothing of this item is available.");
    else if (!ttl)
        problem =
            tr("'%1' is not a duration; write for example 30m, 1h or 2h30m.").arg(m_expiry->currentText());
    else if (auto invalid = validate::ttl(*ttl))
        problem = invalid->message;
    if (!m_done) {
        m_result->setText(problem);
        m_result->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color: #b02020"));
    }
    m_reserveButton->setEnabled(problem.isEmpty() && !m_busy && !m_done);
}

void ReserveDialog::submit()
{
    if (m_busy || m_done || !m_reserveButton->isEnabled())
        return;
    const auto ttl = parseDuration(m_expiry->currentText().trimmed());
    if (!ttl)
        return;
    m_busy = true;
    updateState();
    m_result->setStyleSheet({});
    m_result->setText(tr("Reserving…"));
    const qint64 itemId = m_item.id;
    const qint64 quantity = m_quantity->value();
    const QString reference = m_reference->text().trimmed();
    runAsync(
        this, [=] { return reserve(itemId, quantity, *ttl, reference); },
        [this](const Result<Reservation> &result) {
            m_busy = false;
            if (!result) {
                // The server's refusal as it said it; the user may change the numbers and retry.
                updateState();
                m_result->setStyleSheet(QStringLiteral("color: #b02020"));
                m_result->setText(result.error().message);
                return;
            }
            m_done = true;
            m_result->setStyleSheet(QStringLiteral("color: #206020"));
            m_result->setText(tr("Reservation #%1: %2 of #%3 %4 held until %5. %6 left in stock.")
                                  .arg(result->blockId)
                                  .arg(result->quantityBlocked)
                                  .arg(result->itemId)
                                  .arg(result->itemName, formatMoment(result->expiresAt))
                                  .arg(QLocale().toString(result->remainingQuantity)));
            m_quantity->setEnabled(false);
            m_expiry->setEnabled(false);
            m_reference->setEnabled(false);
            updateState();
            m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
            m_buttons->button(QDialogButtonBox::Close)->setFocus();
            emit reserved(*result);
        });
}

} // namespace inventory
