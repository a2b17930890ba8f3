#pragma once

#include "cli.h"
#include "types.h"

#include <QCommandLineParser>
#include <QList>
#include <array>
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
std::span<const Command> stockCommands(); // stock_commands.cpp
std::span<const Command> reservationCommands(); // reservation_commands.cpp
std::span<const Command> adminCommands(); // admin_commands.cpp
std::span<const Command> tokenCommands(); // token_commands.cpp
/// Every list, in the order the overview shows them (commands.cpp).
std::array<std::span<const Command>, 5> allCommands();
/// The command called `name` in any of the lists, or null (commands.cpp).
const Command *findCommand(const QString &name);

/// What the commands share: parsing, options, resolving an item, printing items, asking.
namespace cmd {

QString tr(const char *text);
/// `one` for 1, else `many` with %1 the number: the English reads right with no translation loaded.
QString plural(qint64 n, const char *one, const char *many);

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
/// A whole number given as a positional argument (a quantity, a count).
std::optional<qint64> number(Cli &cli, const QString &field, const QString &text, int &exitCode);

/// How an ITEM argument names its item: an id ("12", "#12"), or a SKU or barcode.
struct ItemRef
{
    std::optional<qint64> id;
    QString code;
};
/// Reads an ITEM argument without asking the server: "#12" and a number are ids, except a number
/// of 12 or 13 digits, which is a barcode (UPC-A, EAN-13); anything else is a SKU or barcode.
std::optional<ItemRef> parseItemRef(Cli &cli, const QString &text, int &exitCode);
/// The id of the item an ITEM argument names; a code is looked up (so: after connect()).
std::optional<qint64> resolveItem(Cli &cli, const ItemRef &ref, int &exitCode);

/// Before a bulk booking, once what it will book has been printed: asks y/N on a terminal unless
/// --yes was given. Without a terminal and without --yes it books nothing and says why (exit 2),
/// as it does when the answer is not yes.
bool confirmBooking(Cli &cli, const QCommandLineParser &parser, const QString &question, int &exitCode);
/// The --yes option confirmBooking() reads.
QCommandLineOption yesOption();

void printItem(Cli &cli, const inventory::Item &item);
void printItems(Cli &cli, const QList<inventory::Item> &items);

} // namespace cmd
