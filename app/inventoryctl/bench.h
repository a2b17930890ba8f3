#pragma once

#include <QStringList>

class Cli;

/// `inventoryctl bench`: prints one line per figure (or, with --json, the figures as an object).
int benchCommand(Cli &cli, const QStringList &arguments);
