#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <functional>

namespace inventory {

class MainWindow;

/// Drives the window through the views the documentation shows and saves each as a PNG:
/// the category browser, an item with the reserve dialog, the reservations with countdowns,
/// the cleanup result, the import preview of a file with mistakes, the About box, the receive
/// dialog, the history, the low-stock list, a count in progress and the dashboard. Quits the
/// application when done (exit code 1 on failure).
class ScreenshotRunner : public QObject
{
    Q_OBJECT
public:
    ScreenshotRunner(MainWindow *window, const QString &directory, QObject *parent = nullptr);
    void start();

private:
    void showCategory();
    void showImportAndAbout();
    /// The receive dialog, the history, the low-stock list and a count in progress.
    void showStockViews();
    void showWholeCategory();
    /// The Dashboard, after a few more reservations expiring over the next hours.
    void showDashboard();
    /// Calls `then` once `ready` is true, checking every 100 ms; fails after 30 s.
    void waitFor(const QString &what, std::function<bool()> ready, std::function<void()> then);
    bool save(const QString &name, QWidget *dialog = nullptr);
    void fail(const QString &why);

    MainWindow *m_window;
    QString m_directory;
    QString m_category;
    qint64 m_item = 0;
    QTemporaryDir m_files; ///< the CSV file the import shot reads
};

} // namespace inventory
