#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

class QIODevice;

/// CSV as RFC 4180 has it: fields separated by commas, records by CRLF or LF; a field in double
/// quotes may hold commas, quotes (doubled) and line breaks. Files are UTF-8, with or without a
/// byte order mark.
namespace inventory::csv {

struct Record
{
    qint64 line = 0; ///< the 1-based line the record starts on
    QStringList fields;
    /// Set when the record is malformed (an unclosed quote, text after a closing quote) or not
    /// valid UTF-8; `fields` then holds what could be read.
    QString problem;
};

/// Reads records one at a time from a device, without loading the whole file.
class Reader
{
public:
    explicit Reader(QIODevice *device);

    /// The next record, or nothing at the end (or on a read error: see error()).
    std::optional<Record> next();

    QString error() const { return m_error; }
    /// How far into the device reading has come, for progress.
    qint64 position() const { return m_consumed; }

private:
    bool fill();

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    bool m_atStart = true;
    bool m_atEnd = false;
    QString m_error;
};

/// One field, quoted when it must be (a comma, quote, CR or LF inside, or space at either end).
QByteArray field(const QString &text);
/// One record, CRLF-terminated as RFC 4180 says.
QByteArray record(const QStringList &fields);

} // namespace inventory::csv
