#pragma once

#include "httpclient.h"
#include "scenarios.h"
#include "testbed.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <memory>

namespace loadtest {

class DirectRunner;

/// Everything the command line sets.
struct Options
{
    QStringList scenarios; ///< connections, original, saturation, flash (in this order)

    // The server: started by us, or reached at a URL.
    QString serverProgram;
    QString url;
    QString token;
    bool anonymous = false; ///< start the server with --anonymous-role ROLE instead of a token
    QString role = QStringLiteral("shop");
    QString inventoryctl; ///< for `token create`; found next to the server when empty
    int serverWorkers = 0; ///< 0: the writers' count
    qint64 serverPid = 0; ///< with --url: whose memory to read
    QStringList serverArguments; ///< extra arguments for the server we start

    Testbed::Options database;

    OriginalOptions original;
    int idleConnections = 1000;
    double idlePauseSeconds = 2;

    int writers = 16; ///< `inventoryctl bench`'s default writer concurrency
    double seconds = 10;
    double warmUpSeconds = 3;
    int rounds = 3;
    QList<int> flashClients { 256, 1000 };

    std::chrono::milliseconds timeout { 30000 };
    bool json = false;
};

/// Runs the chosen scenarios against one server and reports them as text and JSON.
class LoadTest
{
public:
    explicit LoadTest(Options options);
    ~LoadTest();

    /// The process's exit code: 0 when every scenario ran (whatever its figures), 1 when the
    /// set-up or the server failed.
    int run();

private:
    std::expected<void, QString> prepare();
    void runConnections();
    void runOriginal();
    void runSaturation();
    void runFlash();
    void serve();
    void judge();

    void progress(const QString &text);
    void print(const QString &text);
    qint64 residentKb() const;
    QString findInventoryctl() const;

    Options m_options;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Testbed> m_testbed;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<DirectRunner> m_direct;
    Target m_target;
    qint64 m_serverPid = 0;
    QString m_auth; ///< how requests authenticate, for the report
    QJsonObject m_report;
    QJsonObject m_scenarios;
    QJsonArray m_targets;
};

} // namespace loadtest
