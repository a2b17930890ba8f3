#pragma once

// What the stock GUI suites share: a connected Session, the confirmation box a dialog opens,
// valid barcodes, an item's quantity as the owner reads it.

#include "session.h"
#include "testcluster.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTest>

namespace inventory::test {

inline constexpr int stockTimeout = 15000;

/// The confirmation box that is open now (askToConfirm's), waiting up to 5 s for it.
inline QMessageBox *openConfirmation()
{
    QMessageBox *box = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (w->objectName() == QLatin1String("confirmationBox") && w->isVisible())
                    box = qobject_cast<QMessageBox *>(w);
            }
            return box != nullptr;
        },
        5000);
    return box;
}

/// Whether a confirmation box is open right now (no waiting).
inline bool confirmationShown()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == QLatin1String("confirmationBox") && w->isVisible())
            return true;
    }
    return false;
}

/// Clicks the accepting button of the open confirmation box; returns the question it asked.
inline QString acceptConfirmation()
{
    QMessageBox *box = openConfirmation();
    if (!box)
        return {};
    const QString question = box->text();
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole) {
            QTest::mouseClick(button, Qt::LeftButton);
            return question;
        }
    }
    return {};
}

/// Starts `session` on `settings` and waits until it is connected.
inline bool connectSession(Session &session, const ConnectionSettings &settings)
{
    session.start(settings);
    return QTest::qWaitFor([&] { return session.isConnected(); }, stockTimeout);
}

/// A valid EAN-13: `twelve` digits and their check digit.
inline QString ean13(const QString &twelve)
{
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (twelve.at(i).unicode() - '0') * (i % 2 == 0 ? 1 : 3);
    return twelve + QChar('0' + (10 - sum % 10) % 10);
}

inline int quantityOf(const QString &database, qint64 itemId)
{
    auto row = TestCluster::instance().ownerQueryRow(
        database, QStringLiteral("SELECT quantity FROM items WHERE id = $1"), { itemId });
    return row && !row->isEmpty() ? row->first().toInt() : -1;
}

} // namespace inventory::test
