#include "commands.h"

#include "cli.h"
#include "command.h"
#include "output.h"

#include <QCoreApplication>

using namespace inventory;
using cmd::tr;

const Command *findCommand(const QString &name)
{
    for (const auto &subject : { itemCommands(), reservationCommands(), adminCommands() }) {
        for (const Command &command : subject) {
            if (name == QLatin1String(command.name))
                return &command;
        }
    }
    return nullptr;
}

QString commandsHelp()
{
    QString help = tr("Usage: inventoryctl [--db URI] [--json] COMMAND [ARGUMENTS]\n\n"
                      "Stock and reservations in the Inventory Desk database.\n\nCommands:\n");
    QList<QStringList> rows;
    for (const auto &subject : { itemCommands(), reservationCommands(), adminCommands() })
        for (const Command &command : subject)
            rows << QStringList { QStringLiteral("  ") + QLatin1String(command.name),
                                  QLatin1String(command.synopsis), tr(command.summary) };
    help += text::table({ QString(), QString(), QString() }, rows).section(QLatin1Char('\n'), 1);
    help +=
        tr("\nGlobal options: --db URI (else PG* variables, else the local database), --json, --help, "
           "--version.\nDurations take a unit: 30s, 90m, 2h, 1d.\n"
           "Exit codes: 0 done, 2 bad input, 3 refused (not found, not enough stock, expired, permanent), "
           "4 permission denied, 5 connection or server error.\n"
           "'inventoryctl COMMAND --help' describes a command.\n");
    return help;
}

int runCommand(Cli &cli, const QString &name, const QStringList &arguments)
{
    const Command *found = findCommand(name);
    if (!found) {
        cli.err() << QCoreApplication::applicationName() << ": "
                  << tr("'%1' is not a command.").arg(name.left(40)) << Qt::endl
                  << tr("Try 'inventoryctl --help'.") << Qt::endl;
        return ExitUsage;
    }
    return found->run(cli, arguments);
}
