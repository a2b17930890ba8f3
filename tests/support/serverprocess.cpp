#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>

#include <csignal>

namespace inventory::test {

ServerProcess::ServerProcess(QStringList arguments) : m_arguments(std::move(arguments)) {}

ServerProcess::~ServerProcess()
{
    if (isRunning()) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

static QString readWhole(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool ServerProcess::start(QString *error)
{
    const QString program = qEnvironmentVariable("INVENTORY_SERVER");
    if (program.isEmpty()) {
        if (error)
            *error = QStringLiteral("INVENTORY_SERVER is not set (CTest sets it to the built inventory-server)");
        return false;
    }
    m_port = 0;
    m_process.setStandardOutputFile(m_directory.filePath(QStringLiteral("stdout")));
    m_process.setStandardErrorFile(m_directory.filePath(QStringLiteral("stderr")));
    m_process.start(program, m_arguments + QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
    static const QRegularExpression listening(QStringLiteral("listening on https?://127\\.0\\.0\\.1:(\\d+)"));
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (const auto match = listening.match(output()); match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
        if (m_process.waitForFinished(100) || m_process.state() == QProcess::NotRunning)
            break;
    }
    if (error) {
        *error = QStringLiteral("inventory-server did not start (%1): %2")
                     .arg(m_process.state() == QProcess::NotRunning ? QStringLiteral("exited") : QStringLiteral("timed out"),
                          errors().trimmed());
    }
    return false;
}

int ServerProcess::terminate(int timeoutMs)
{
    if (!isRunning())
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(timeoutMs))
        return -1;
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
}

QString ServerProcess::output()
{
    return readWhole(m_directory.filePath(QStringLiteral("stdout")));
}

QString ServerProcess::errors()
{
    return readWhole(m_directory.filePath(QStringLiteral("stderr")));
}

} // namespace inventory::test
