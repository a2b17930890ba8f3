#pragma once

#include <QStringList>

class Cli;

/// The overview printed by `inventoryctl --help`.
QString commandsHelp();

/// Runs the command `name`; `arguments` starts with the command name, as a parser expects.
int runCommand(Cli &cli, const QString &name, const QStringList &arguments);
