#include "confirmation.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace inventory {

void askToConfirm(QWidget *parent, const QString &title, const QString &question, const QString &yesText,
                  std::function<void()> onYes)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("confirmationBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setTextFormat(Qt::PlainText);
    QPushButton *yes = box->addButton(yesText, QMessageBox::AcceptRole);
    box->setDefaultButton(yes);
    QObject::connect(yes, &QPushButton::clicked, box, [onYes = std::move(onYes)] { onYes(); });
    box->open();
}

std::optional<qint64> parseWholeNumber(const QString &text, bool signedValue)
{
    QString t = text.trimmed();
    t.replace(QChar(0x2212), QLatin1Char('-')); // the minus sign we show
    if (t.isEmpty())
        return std::nullopt;
    const bool hasSign = t.startsWith(QLatin1Char('+')) || t.startsWith(QLatin1Char('-'));
    if (hasSign && !signedValue)
        return std::nullopt;
    bool ok = false;
    qint64 value = t.toLongLong(&ok);
    if (!ok)
        value = QLocale().toLongLong(t, &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

QString signedNumber(qint64 value)
{
    if (value == 0)
        return QStringLiteral("0");
    return (value > 0 ? QStringLiteral("+") : QString(QChar(0x2212))) + QLocale().toString(qAbs(value));
}

} // namespace inventory
