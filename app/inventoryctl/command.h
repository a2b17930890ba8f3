#pragma once

#include "cli.h"
#include "types.h"

#include <QCommandLineParser>
#include <QList>
#include <optional>
#include <span>

/// One subcommand: its name ("reserve", "count open"), the synopsis the overview shows (positional
/// arguments in capitals, options in brackets), a one-line summary and the function that runs it.
struct Command
{
    const char *name;
    const char *synopsis;
    const char *summary;
    int (*run)(Cli &cli, const QStringList &arguments);
};

// The commands, by subject, each list in its own file.
std::span<const Command> itemCommands(); // items_commands.cpp
std::span<const Command> reservationCommands(); // reservation_commands.cpp
std::span<const Command> adminCommands(); // admin_commands.cpp
/// The command called `name` in any of the lists, or null (commands.cpp).
const Command *findCommand(const QString &name);

/// What the commands share: parsing, options, printing items.
namespace cmd {

QString tr(const char *text);

/// The command called `name` (it exists: the names are this program's own).
const Command &command(const char *name);

/// Builds the command's parser; checks the positional count. Returns false when the command
/// should end with `exitCode` (usage error or --help).
bool prepare(Cli &cli, QCommandLineParser &parser, const Command &command, const QStringList &arguments,
             int positional, int &exitCode);

std::optional<inventory::Ttl> durationOption(Cli &cli, const QCommandLineParser &parser,
                                             const QString &option, inventory::Ttl fallback, int &exitCode);
std::optional<qint64> numberOption(Cli &cli, const QCommandLineParser &parser, const QString &option,
                                   qint64 fallback, int &exitCode);
void printItem(Cli &cli, const inventory::Item &item);
void printItems(Cli &cli, const QList<inventory::Item> &items);

} // namespace cmd
