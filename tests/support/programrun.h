#pragma once

#include <QJsonDocument>
#include <QString>
#include <QStringList>

class QProcess;

namespace inventory::test {

/// What a program run by a test did: its exit code (-1 when it crashed or did not end within
/// a minute) and what it wrote.
struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

/// Waits up to a minute for a started process and collects what it did.
ProgramRun finish(QProcess &process);

/// Starts `program` with `arguments` and finishes it.
ProgramRun runProgram(const QString &program, const QStringList &arguments);

} // namespace inventory::test
