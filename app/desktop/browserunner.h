#pragma once

#include <QObject>
#include <QStringList>

namespace inventory {

class MainWindow;

/// Drives the window through every category (its top 100 loaded and shown) and then the
/// reservations view, as a person browsing the whole catalogue would, then prints how many
/// categories it showed and the process's peak resident memory, and quits. The benchmark runs
/// it to measure the app's memory on a large catalogue (`inventory-desk --browse-all`).
class BrowseRunner : public QObject
{
    Q_OBJECT
public:
    BrowseRunner(MainWindow *window, QObject *parent = nullptr);
    void start();

private:
    void next();
    void finish();
    void fail(const QString &why);

    MainWindow *m_window;
    QStringList m_categories;
    qsizetype m_index = 0;
    int m_waited = 0;
};

} // namespace inventory
