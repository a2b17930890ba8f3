#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace inventory::test {

/// inventory-server run by a test as a real process on a free loopback port: the program from
/// $INVENTORY_SERVER (CTest sets it), started with `arguments` plus `--listen 127.0.0.1:0`.
/// Its output goes to files, not pipes: a test busy in blocking calls does not drain a pipe,
/// and a server whose access log filled one would stall.
class ServerProcess
{
public:
    explicit ServerProcess(QStringList arguments);
    ~ServerProcess();

    /// Starts it and waits (up to 30 s) for its "listening on" line; the reason when it failed.
    bool start(QString *error = nullptr);
    quint16 port() const { return m_port; }
    /// SIGTERM, then waits up to `timeoutMs`; the exit code, or -1 when it crashed or hung.
    int terminate(int timeoutMs = 30000);
    /// SIGKILL: a crash, for the fault tests.
    void kill();
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    /// Everything it wrote so far (stdout: the listening line and the access log; stderr).
    QString output();
    QString errors();

private:
    QStringList m_arguments;
    QTemporaryDir m_directory;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace inventory::test
