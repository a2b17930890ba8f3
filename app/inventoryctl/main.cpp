// inventoryctl: the command-line front of Inventory Desk, for operators, scripts and scheduled
// jobs. A thin layer over the same library the desktop app uses.

#include "cli.h"
#include "commands.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <cstdio>

int main(int argc, char *argv[])
{
    // Qt would quietly turn invalid UTF-8 into U+FFFD; a script passing garbage should hear so.
    for (int i = 1; i < argc; ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        [[maybe_unused]] const QString decoded = decoder(QByteArrayView(argv[i]));
        if (decoder.hasError()) {
            std::fprintf(stderr, "inventoryctl: argument %d is not valid UTF-8; nothing was done.\n", i);
            return ExitUsage;
        }
    }

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("inventoryctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("inventory-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INVENTORY_VERSION));

    Cli cli;
    // Global options may come before the command; they are handed on to the command's parser.
    const QStringList arguments = QCoreApplication::arguments();
    QStringList globals;
    qsizetype i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--version") || argument == QLatin1String("-v")) {
            cli.out() << "inventoryctl " << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitOk;
        }
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")
            || argument == QLatin1String("help")) {
            if (argument == QLatin1String("help") && i + 1 < arguments.size())
                return runCommand(cli, arguments.at(i + 1),
                                  { arguments.at(i + 1), QStringLiteral("--help") });
            cli.out() << commandsHelp();
            return ExitOk;
        }
        if (argument == QLatin1String("--json")) {
            globals << argument;
            continue;
        }
        bool known = false;
        for (const QLatin1String option : { QLatin1String("--db"), QLatin1String("--read-db") }) {
            if (argument == option) {
                if (i + 1 >= arguments.size())
                    return cli.usageError(QStringLiteral("%1 needs a URI.").arg(option), QString());
                globals << argument << arguments.at(++i);
                known = true;
            } else if (argument.startsWith(option + QLatin1Char('='))) {
                globals << argument;
                known = true;
            }
        }
        if (!known)
            break;
    }
    if (i >= arguments.size()) {
        cli.err() << "inventoryctl: " << QCoreApplication::translate("inventoryctl", "no command given.")
                  << "\n\n"
                  << commandsHelp();
        return ExitUsage;
    }
    const QString command = arguments.at(i);
    QStringList commandArguments { command };
    commandArguments << globals << arguments.mid(i + 1);
    return runCommand(cli, command, commandArguments);
}
