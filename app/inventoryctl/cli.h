#pragma once

#include "error.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QTextStream>

/// Exit codes, part of the command-line contract.
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 2, ///< bad input or usage
    ExitRefused = 3, ///< a business rule: not found, insufficient stock, expired, already permanent
    ExitPermission = 4, ///< the role may not do this
    ExitServer = 5, ///< connection or server error
};

int exitCodeFor(const inventory::Error &error);

/// What every command shares: the global options, the streams, and the way to a database.
class Cli
{
public:
    Cli();

    /// Adds --db, --json and --help to a command's parser.
    void addGlobalOptions(QCommandLineParser &parser) const;
    /// Parses a command's arguments; false (after printing why) on a usage error or --help.
    bool parse(QCommandLineParser &parser, const QStringList &arguments, int &exitCode);

    /// Connects as configured: --db, else the PG* environment, else the local default
    /// (created, started, migrated and seeded on first use). `asOwner` connects the local default
    /// as its owner role (migrations, seeding).
    bool connect(int &exitCode, bool asOwner = false, bool requireSchema = true);

    /// Prints a refusal: one line on stderr (and, with --json, an error object on stdout).
    int fail(const inventory::Error &error);
    int usageError(const QString &message, const QString &commandName);

    void printJson(const QJsonValue &value);

    bool json() const { return m_json; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    QString m_db;
    QString m_readDb;
    QCommandLineOption m_dbOption;
    QCommandLineOption m_readDbOption;
    QCommandLineOption m_jsonOption;
};

/// Parses a positive id ("item id", "reservation id"), "12" or "#12"; prints the refusal when it is
/// not one.
std::optional<qint64> parseId(Cli &cli, const QString &field, const QString &text, int &exitCode);
