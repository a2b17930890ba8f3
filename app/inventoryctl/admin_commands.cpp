// Administration: the schema, generated items, the benchmark and the local database.

#include "bench.h"
#include "command.h"
#include "demodata.h"
#include "localcluster.h"
#include "migrations.h"
#include "operations.h"

#include <QElapsedTimer>
#include <QJsonObject>

using namespace inventory;
using namespace cmd;

namespace {

int migrateCommand(Cli &cli, const QStringList &arguments);
int seedCommand(Cli &cli, const QStringList &arguments);
int localCommand(Cli &cli, const QStringList &arguments);

const Command commandList[] = {
    { "migrate", "", QT_TRANSLATE_NOOP("inventoryctl", "Create or upgrade the schema (as its owner)."),
      migrateCommand },
    { "seed", "--items N [--categories K]",
      QT_TRANSLATE_NOOP("inventoryctl", "Generate N items over K categories on the server (as the owner)."),
      seedCommand },
    { "bench",
      "[--items N] [--categories K] [--workers W] [--seconds S] [--warm-up S] [--rounds N] [--cleaners C]",
      QT_TRANSLATE_NOOP("inventoryctl",
                        "Measure the operations against the original way and the machine's limit."),
      benchCommand },
    { "local", "ACTION", QT_TRANSLATE_NOOP("inventoryctl", "start, stop or status of the local database."),
      localCommand },
};

int migrateCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("migrate"), arguments, 0, exitCode))
        return exitCode;
    if (!cli.connect(exitCode, true, false))
        return exitCode;
    const auto before = schemaVersion();
    if (!before)
        return cli.fail(before.error());
    const auto after = migrate();
    if (!after)
        return cli.fail(after.error());
    if (cli.json()) {
        cli.printJson(QJsonObject { { QStringLiteral("previousVersion"), before->current },
                                    { QStringLiteral("version"), after->current } });
    } else if (before->current == after->current) {
        cli.out() << tr("The schema is up to date (version %1).").arg(after->current) << Qt::endl;
    } else {
        cli.out() << tr("Migrated the schema from version %1 to %2.").arg(before->current).arg(after->current)
                  << Qt::endl;
    }
    return ExitOk;
}

int seedCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("items"), tr("How many items to generate."), QStringLiteral("N") });
    parser.addOption(
        { QStringLiteral("categories"), tr("Over how many categories (default 20)."), QStringLiteral("K") });
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("seed"), arguments, 0, exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("items")))
        return cli.usageError(tr("'seed' needs --items N."), QStringLiteral("seed"));
    const auto items = numberOption(cli, parser, QStringLiteral("items"), 0, exitCode);
    if (!items)
        return exitCode;
    const auto categories = numberOption(cli, parser, QStringLiteral("categories"), 20, exitCode);
    if (!categories)
        return exitCode;
    if (!cli.connect(exitCode, true))
        return exitCode;
    QElapsedTimer timer;
    timer.start();
    const auto created = seedItems(*items, *categories);
    if (!created)
        return cli.fail(created.error());
    if (cli.json()) {
        cli.printJson(QJsonObject { { QStringLiteral("itemsCreated"), *created },
                                    { QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0 } });
    } else {
        cli.out()
            << tr("Created %1 items in %2 s.").arg(*created).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
            << Qt::endl;
    }
    return ExitOk;
}

int localCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("local"), arguments, 1, exitCode))
        return exitCode;
    const QString action = parser.positionalArguments().at(0);
    LocalCluster cluster(LocalCluster::defaultRootDirectory());
    if (action == QLatin1String("start")) {
        const auto prepared = prepareLocalDefault(cluster);
        if (!prepared)
            return cli.fail(prepared.error());
        cli.out() << tr("The local database runs in %1 (socket directory %2).")
                         .arg(cluster.dataDirectory(), cluster.socketDirectory())
                  << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("stop")) {
        if (auto stopped = cluster.stop(); !stopped)
            return cli.fail(stopped.error());
        cli.out() << tr("The local database is stopped.") << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("status")) {
        const auto state = cluster.state();
        if (!state)
            return cli.fail(state.error());
        static const char *const names[] = { "missing", "stopped", "running" };
        if (cli.json()) {
            cli.printJson(QJsonObject { { QStringLiteral("state"), QLatin1String(names[int(*state)]) },
                                        { QStringLiteral("dataDirectory"), cluster.dataDirectory() },
                                        { QStringLiteral("socketDirectory"), cluster.socketDirectory() } });
        } else {
            cli.out()
                << tr("The local database in %1 is %2.").arg(cluster.dataDirectory(), tr(names[int(*state)]))
                << Qt::endl;
        }
        // Like pg_ctl status: 0 when running, 3 when not.
        return *state == LocalCluster::State::Running ? ExitOk : ExitRefused;
    }
    return cli.usageError(tr("'local' takes start, stop or status, not '%1'.").arg(action.left(40)),
                          QStringLiteral("local"));
}

} // namespace

std::span<const Command> adminCommands()
{
    return commandList;
}
