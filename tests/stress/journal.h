#pragma once

// The stress worker's journal: one line per operation the server acknowledged, written with a
// single write(2) on an O_APPEND descriptor and flushed to disk before the thread's next
// operation, so a line in the journal is a promise the database must keep even when the worker
// is killed right after. Shared by the worker (writes) and tst_stress (reads).
//
//   reserve item=12 block=345 qty=3 ref=w1-t2-17 replayed=0
//   confirm block=345
//   release block=345 qty=3
//   extend block=345 expires_ms=1795000000123
//   cleanup removed=5 units=12
//   create item=900 qty=20
//   restock ref=w1-o-5 item=12 units=10 replayed=0

#include <QHash>
#include <QString>
#include <QStringList>

namespace inventory::stress {

struct JournalEntry
{
    QString op;
    QHash<QString, QString> fields;

    qint64 number(const QString &key) const { return fields.value(key).toLongLong(); }
    QString text(const QString &key) const { return fields.value(key); }
};

/// "op key=value key=value\n"; values never contain spaces (ids, numbers, generated references).
inline QByteArray formatJournalLine(const QString &op, const QList<std::pair<QString, QString>> &fields)
{
    QString line = op;
    for (const auto &[key, value] : fields)
        line += QLatin1Char(' ') + key + QLatin1Char('=') + value;
    line += QLatin1Char('\n');
    return line.toUtf8();
}

/// Parses a journal; a last line without its newline (a write torn by SIGKILL) is not an
/// acknowledgement and is dropped.
inline QList<JournalEntry> parseJournal(const QByteArray &contents)
{
    QList<JournalEntry> entries;
    const qsizetype complete = contents.lastIndexOf('\n') + 1;
    const QList<QByteArray> lines = contents.left(complete).split('\n');
    for (const QByteArray &raw : lines) {
        const QStringList parts = QString::fromUtf8(raw).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        JournalEntry entry;
        entry.op = parts.first();
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const qsizetype eq = parts.at(i).indexOf(QLatin1Char('='));
            if (eq > 0)
                entry.fields.insert(parts.at(i).left(eq), parts.at(i).mid(eq + 1));
        }
        entries << entry;
    }
    return entries;
}

} // namespace inventory::stress
