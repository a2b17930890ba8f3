#include "newitemdialog.h"

#include "asyncrunner.h"
#include "money.h"
#include "operations.h"
#include "validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <limits>

namespace inventory {

NewItemDialog::NewItemDialog(const QStringList &categories, const QString &category, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_price(new QLineEdit(this))
    , m_quantity(new QSpinBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("newItemDialog"));
    setWindowTitle(tr("New Item"));
    m_name->setMaxLength(validate::maxNameLength);
    m_category->setEditable(true);
    m_category->addItems(categories);
    m_category->setCurrentText(category);
    m_category->lineEdit()->setMaxLength(validate::maxCategoryLength);
    m_price->setPlaceholderText(tr("12.50"));
    m_quantity->setRange(0, std::numeric_limits<int>::max());
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 4 + 12);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("messageLabel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Price:"), m_price);
    form->addRow(tr("&Quantity:"), m_quantity);
    form->addRow(tr("&Description:"), m_description);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_createButton = buttons->addButton(tr("C&reate"), QDialogButtonBox::ActionRole);
    m_createButton->setDefault(true);
    connect(m_createButton, &QPushButton::clicked, this, &NewItemDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    for (QLineEdit *edit : { m_name, m_price, m_category->lineEdit() })
        connect(edit, &QLineEdit::textChanged, this, &NewItemDialog::updateState);
    connect(m_description, &QPlainTextEdit::textChanged, this, &NewItemDialog::updateState);
    updateState();
    resize(sizeHint().expandedTo(QSize(440, 0)));
}

void NewItemDialog::setValues(const QString &name, const QString &category, const QString &price,
                              int quantity, const QString &description)
{
    m_name->setText(name);
    m_category->setCurrentText(category);
    m_price->setText(price);
    m_quantity->setValue(quantity);
    m_description->setPlainText(description);
}

QString NewItemDialog::messageText() const
{
    return m_message->text();
}

std::optional<NewItem> NewItemDialog::collect(QString *problem) const
{
    NewItem item;
    item.name = m_name->text().trimmed();
    item.category = m_category->currentText().trimmed();
    item.quantity = m_quantity->value();
    item.description = m_description->toPlainText();
    if (item.name.isEmpty()) {
        *problem = tr("Give the item a name.");
        return std::nullopt;
    }
    const auto price = parsePrice(m_price->text().trimmed());
    if (!price) {
        *problem = m_price->text().trimmed().isEmpty()
            ? tr("Give the item a price.")
            : tr("'%1' is not a price; write for example 12 or 12.50.").arg(m_price->text().trimmed());
        return std::nullopt;
    }
    item.price = *price;
    if (auto invalid = validate::newItem(item)) {
        *problem = invalid->message;
        return std::nullopt;
    }
    return item;
}

void NewItemDialog::updateState()
{
    QString problem;
    const bool valid = collect(&problem).has_value();
    m_message->setStyleSheet(QStringLiteral("color: #b02020"));
    // An empty form is not an error yet; say what is wrong once something was typed.
    const bool touched = !m_name->text().isEmpty() || !m_price->text().isEmpty();
    m_message->setText(touched ? problem : QString());
    m_createButton->setEnabled(valid && !m_busy);
}

void NewItemDialog::submit()
{
    QString problem;
    const auto item = collect(&problem);
    if (!item || m_busy)
        return;
    m_busy = true;
    updateState();
    m_message->setStyleSheet({});
    m_message->setText(tr("Creating…"));
    runAsync(
        this, [item = *item] { return createItem(item); },
        [this](const Result<Item> &result) {
            m_busy = false;
            if (!result) {
                updateState();
                m_message->setStyleSheet(QStringLiteral("color: #b02020"));
                m_message->setText(result.error().message);
                return;
            }
            emit created(*result);
            accept();
        });
}

} // namespace inventory
