#include "commands.h"

#include "cli.h"
#include "command.h"
#include "output.h"

#include <QCoreApplication>
#include <span>

using namespace inventory;
using cmd::tr;

std::array<std::span<const Command>, 5> allCommands()
{
    return { itemCommands(), stockCommands(), reservationCommands(), adminCommands(), tokenCommands() };
}

const Command *findCommand(const QString &name)
{
    for (const auto &subject : allCommands()) {
        for (const Command &command : subject) {
            if (name == QLatin1String(command.name))
                return &command;
        }
    }
    return nullptr;
}

namespace {

constexpr qsizetype helpWidth = 80;

// Words filled into lines of at most helpWidth columns; the first line starts after `first`,
// the others after `indent` spaces. A word longer than a line stands on its own.
QString wrap(const QString &first, const QString &words, qsizetype indent)
{
    QString result = first;
    qsizetype column = first.size();
    bool lineEmpty = first.trimmed().isEmpty();
    for (const QString &word : words.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lineEmpty && column + 1 + word.size() > helpWidth) {
            result += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
            lineEmpty = true;
        }
        if (!lineEmpty) {
            result += QLatin1Char(' ');
            ++column;
        }
        result += word;
        column += word.size();
        lineEmpty = false;
    }
    return result + QLatin1Char('\n');
}

} // namespace

QString commandsHelp()
{
    QString help = tr("Usage: inventoryctl [--db URI] [--read-db URI] [--json] COMMAND [ARGUMENTS]\n\n"
                      "Stock and reservations in the Inventory Desk database.\n");
    const std::pair<const char *, std::span<const Command>> subjects[] = {
        { QT_TRANSLATE_NOOP("inventoryctl", "Items"), itemCommands() },
        { QT_TRANSLATE_NOOP("inventoryctl", "Stock"), stockCommands() },
        { QT_TRANSLATE_NOOP("inventoryctl", "Reservations"), reservationCommands() },
        { QT_TRANSLATE_NOOP("inventoryctl", "Administration"), adminCommands() },
        { QT_TRANSLATE_NOOP("inventoryctl", "inventory-server tokens"), tokenCommands() },
    };
    // Each command on its own line with its synopsis, the summary indented below it: a table
    // padded to the longest synopsis would not fit 80 columns.
    for (const auto &[heading, list] : subjects) {
        help += QLatin1Char('\n') + tr(heading) + QLatin1Char(':') + QLatin1Char('\n');
        for (const Command &command : list) {
            const QString name = QStringLiteral("  ") + QLatin1String(command.name);
            help += wrap(name, QLatin1String(command.synopsis), name.size() + 1);
            help += wrap(QString(6, QLatin1Char(' ')), tr(command.summary), 6);
        }
    }
    help += QLatin1Char('\n');
    const QString notes[] = {
        tr("Global options: --db URI (else PG* variables, else the local database), --json, --help, "
           "--version."),
        tr("ITEM is an id (12 or #12), a SKU, or a barcode (12 or 13 digits). Durations take a "
           "unit: 30s, 90m, 2h, 1d."),
        tr("Exit codes: 0 done, 2 bad input, 3 refused (not found, not enough stock, expired, permanent), "
           "4 permission denied, 5 connection or server error."),
        tr("'inventoryctl COMMAND --help' describes a command."),
    };
    for (const QString &note : notes)
        help += wrap(QString(), note, 0);
    return help;
}

int runCommand(Cli &cli, const QString &name, const QStringList &arguments)
{
    if (const Command *found = findCommand(name))
        return found->run(cli, arguments);
    // A command with actions ("count open", "count set"): the first word after the command that
    // is neither an option nor the value of --db names the action.
    QStringList actions;
    for (const auto &subject : allCommands()) {
        for (const Command &command : subject) {
            const QString full = QLatin1String(command.name);
            if (full.startsWith(name + QLatin1Char(' ')))
                actions << full.mid(name.size() + 1);
        }
    }
    if (actions.isEmpty()) {
        cli.err() << QCoreApplication::applicationName() << ": "
                  << tr("'%1' is not a command.").arg(name.left(40)) << Qt::endl
                  << tr("Try 'inventoryctl --help'.") << Qt::endl;
        return ExitUsage;
    }
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(QLatin1Char('-')) || arguments.at(i - 1) == QLatin1String("--db"))
            continue;
        const QString full = name + QLatin1Char(' ') + argument;
        const Command *found = findCommand(full);
        if (!found)
            break;
        QStringList rest = arguments;
        rest.removeAt(i);
        rest[0] = full;
        return found->run(cli, rest);
    }
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        QString help = tr("Usage: inventoryctl %1 ACTION [options] [ARGUMENTS]\n\nActions:\n").arg(name);
        for (const auto &subject : allCommands()) {
            for (const Command &command : subject) {
                const QString full = QLatin1String(command.name);
                if (!full.startsWith(name + QLatin1Char(' ')))
                    continue;
                help += wrap(QStringLiteral("  ") + full, QLatin1String(command.synopsis), full.size() + 3);
                help += wrap(QString(6, QLatin1Char(' ')), tr(command.summary), 6);
            }
        }
        cli.out() << help << Qt::flush;
        return ExitOk;
    }
    return cli.usageError(tr("'%1' takes an action: %2.").arg(name, actions.join(QStringLiteral(", "))),
                          name);
}
