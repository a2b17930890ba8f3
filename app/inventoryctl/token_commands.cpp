// API tokens for inventory-server: made, listed and revoked by the schema's owner. A token is
// printed once, when made; the database keeps only its SHA-256.

#include "apitokens.h"
#include "command.h"
#include "json.h"
#include "output.h"

#include <QJsonArray>

using namespace inventory;
using namespace cmd;

namespace {

int tokenCreateCommand(Cli &cli, const QStringList &arguments);
int tokenListCommand(Cli &cli, const QStringList &arguments);
int tokenRevokeCommand(Cli &cli, const QStringList &arguments);

const Command commandList[] = {
    { "token create", "--name NAME --role staff|manager|shop",
      QT_TRANSLATE_NOOP("inventoryctl",
                        "Make a bearer token for inventory-server; it is printed once (as the owner)."),
      tokenCreateCommand },
    { "token list", "",
      QT_TRANSLATE_NOOP("inventoryctl", "The tokens, newest first, with their roles (as the owner)."),
      tokenListCommand },
    { "token revoke", "NAME",
      QT_TRANSLATE_NOOP("inventoryctl",
                        "Revoke a token; the server refuses it within seconds (as the owner)."),
      tokenRevokeCommand },
};

int tokenCreateCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("name"), tr("The token's name: who uses it (shown in the history)."),
                       QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("role"), tr("staff, manager or shop (the original API's rights)."),
                       QStringLiteral("ROLE") });
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("token create"), arguments, 0, exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("name")) || !parser.isSet(QStringLiteral("role")))
        return cli.usageError(tr("'token create' needs --name NAME and --role staff|manager|shop."),
                              QStringLiteral("token create"));
    if (!cli.connect(exitCode, true))
        return exitCode;
    const auto issued =
        createApiToken(parser.value(QStringLiteral("name")), parser.value(QStringLiteral("role")));
    if (!issued)
        return cli.fail(issued.error());
    if (cli.json()) {
        cli.printJson(json::issuedApiToken(*issued));
    } else {
        cli.out() << tr("Token '%1' (%2):").arg(issued->token.name, issued->token.role) << Qt::endl
                  << issued->secret << Qt::endl
                  << tr("It is not shown again: only its SHA-256 is stored. Send it as "
                        "\"Authorization: Bearer <token>\".")
                  << Qt::endl;
    }
    return ExitOk;
}

int tokenListCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("token list"), arguments, 0, exitCode))
        return exitCode;
    if (!cli.connect(exitCode, true))
        return exitCode;
    const auto tokens = apiTokens();
    if (!tokens)
        return cli.fail(tokens.error());
    if (cli.json()) {
        QJsonArray array;
        for (const ApiToken &token : *tokens)
            array.append(json::apiToken(token));
        cli.printJson(array);
        return ExitOk;
    }
    if (tokens->isEmpty()) {
        cli.out() << tr("No tokens yet: 'inventoryctl token create --name NAME --role shop' makes one.")
                  << Qt::endl;
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const ApiToken &token : *tokens) {
        rows << QStringList { token.name, token.role, text::moment(token.createdAt), token.createdBy,
                              token.isRevoked() ? text::moment(token.revokedAt) : tr("active") };
    }
    cli.out() << text::table({ tr("NAME"), tr("ROLE"), tr("CREATED"), tr("BY"), tr("REVOKED") }, rows)
              << Qt::flush;
    return ExitOk;
}

int tokenRevokeCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("token revoke"), arguments, 1, exitCode))
        return exitCode;
    if (!cli.connect(exitCode, true))
        return exitCode;
    const auto revoked = revokeApiToken(parser.positionalArguments().constFirst());
    if (!revoked)
        return cli.fail(revoked.error());
    if (cli.json())
        cli.printJson(json::apiToken(*revoked));
    else
        cli.out() << tr("Token '%1' is revoked; a running inventory-server refuses it within seconds.")
                         .arg(revoked->name)
                  << Qt::endl;
    return ExitOk;
}

} // namespace

std::span<const Command> tokenCommands()
{
    return commandList;
}
