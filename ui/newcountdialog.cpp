#include "newcountdialog.h"

#include "asyncrunner.h"
#include "confirmation.h"
#include "statuscolor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace inventory {

NewCountDialog::NewCountDialog(const QList<Category> &categories, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_categories(categories)
    , m_category(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("newCountDialog"));
    setWindowTitle(tr("New Stock Count"));
    for (const Category &c : categories)
        m_category->addItem(c.name, c.name);
    setCategory(current);
    m_summary->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Category:"), m_category);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_openButton = buttons->addButton(tr("&Open Count…"), QDialogButtonBox::ActionRole);
    m_openButton->setDefault(true);
    connect(m_openButton, &QPushButton::clicked, this, &NewCountDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_category, &QComboBox::currentIndexChanged, this, &NewCountDialog::updateState);
    updateState();
    resize(sizeHint().expandedTo(QSize(420, 0)));
}

void NewCountDialog::setCategory(const QString &category)
{
    const int index = m_category->findData(category);
    if (index >= 0)
        m_category->setCurrentIndex(index);
}

QString NewCountDialog::category() const
{
    return m_category->currentData().toString();
}

QString NewCountDialog::messageText() const
{
    return m_message->text();
}

QString NewCountDialog::summary() const
{
    const QString name = category();
    if (name.isEmpty())
        return tr("There is no category to count.");
    qint64 items = 0;
    for (const Category &c : m_categories) {
        if (c.name == name)
            items = c.itemCount;
    }
    return tr("Open a count of the %Ln item(s) in %1", "", int(items)).arg(name)
        + tr(": what each should hold is taken now; staff then enter or scan what is on the shelf, and "
             "posting books the differences.");
}

void NewCountDialog::updateState()
{
    m_summary->setText(summary());
    m_openButton->setEnabled(!category().isEmpty() && !m_busy);
}

void NewCountDialog::submit()
{
    if (category().isEmpty() || m_busy)
        return;
    askToConfirm(this, tr("New Stock Count"), summary(), tr("&Open Count"), [this] { book(); });
}

void NewCountDialog::book()
{
    m_busy = true;
    updateState();
    m_message->setStyleSheet({});
    m_message->setText(tr("Opening…"));
    runAsync(
        this, [category = category()] { return inventory::openCount(category); },
        [this](const Result<StockCount> &result) {
            m_busy = false;
            if (!result) {
                updateState();
                m_message->setStyleSheet(statusStyle(Status::Problem));
                m_message->setText(result.error().message);
                return;
            }
            emit opened(*result);
            accept();
        });
}

} // namespace inventory
