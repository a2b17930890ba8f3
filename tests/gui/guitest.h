#pragma once

// Small helpers the GUI suites share: finding a form's field by its label, waiting for the
// boxes and dialogs a window opens, opening a window on the test database.

#include "categoriesmodel.h"
#include "mainwindow.h"
#include "session.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>
#include <memory>

namespace inventory::test {

inline constexpr int guiTimeout = 15000;

/// The line edit a form label (with its mnemonic, "&Quantity:") is the buddy of: the field
/// itself or the editor inside it (a spin box's, a combo box's).
inline QLineEdit *editFor(QWidget *form, const QString &labelText)
{
    for (QLabel *label : form->findChildren<QLabel *>()) {
        if (label->text() != labelText || !label->buddy())
            continue;
        if (auto *edit = qobject_cast<QLineEdit *>(label->buddy()))
            return edit;
        return label->buddy()->findChild<QLineEdit *>();
    }
    return nullptr;
}

/// The button of `parent` showing `text` (with its mnemonic), or null.
inline QAbstractButton *buttonWithText(QWidget *parent, const QString &text)
{
    for (QAbstractButton *button : parent->findChildren<QAbstractButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

/// Any label of `parent` whose text contains `part`.
inline QLabel *labelContaining(QWidget *parent, const QString &part)
{
    for (QLabel *label : parent->findChildren<QLabel *>()) {
        if (label->text().contains(part))
            return label;
    }
    return nullptr;
}

template<typename T>
T *waitForChild(QObject *parent, const QString &name, int timeout = 5000)
{
    T *found = nullptr;
    QTest::qWaitFor([&] { return (found = parent->findChild<T *>(name)) != nullptr; }, timeout);
    return found;
}

/// A window on `settings`, shown, once connected and its categories are in; null otherwise.
inline std::unique_ptr<MainWindow> openWindow(Session &session, const ConnectionSettings &settings)
{
    auto window = std::make_unique<MainWindow>(&session);
    window->show();
    session.start(settings);
    const bool ready = QTest::qWaitFor(
        [&] { return session.isConnected() && window->categoriesModel()->rowCount() > 0; }, guiTimeout);
    if (!ready)
        qWarning() << "window not ready:" << window->connectionText();
    return ready ? std::move(window) : nullptr;
}

} // namespace inventory::test
