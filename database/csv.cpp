#include "csv.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

namespace inventory::csv {

namespace {

// The context lupdate gives the strings: they are all in Reader's methods.
QString tr(const char *text)
{
    return QCoreApplication::translate("inventory::csv::Reader", text);
}

constexpr qint64 chunkSize = 1 << 20;

} // namespace

Reader::Reader(QIODevice *device)
    : m_device(device)
{
}

bool Reader::fill()
{
    if (m_atEnd)
        return false;
    const QByteArray chunk = m_device->read(chunkSize);
    if (chunk.isEmpty()) {
        if (!m_device->atEnd())
            m_error = m_device->errorString();
        m_atEnd = true;
        return false;
    }
    m_buffer.remove(0, m_offset);
    m_offset = 0;
    m_buffer.append(chunk);
    return true;
}

std::optional<Record> Reader::next()
{
    // The structure (commas, quotes, line breaks) is ASCII, so the record is split as bytes and
    // each field decoded afterwards: invalid UTF-8 then spoils one record, not the file.
    if (m_offset >= m_buffer.size() && !fill())
        return std::nullopt;
    if (m_atStart) {
        m_atStart = false;
        if (m_buffer.size() < 3)
            fill();
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_offset = 3;
    }

    Record result;
    result.line = m_line;
    QList<QByteArray> fields;
    QByteArray current;
    enum { FieldStart, Unquoted, Quoted, QuoteInQuoted, AfterQuoted } state = FieldStart;
    bool ended = false;
    while (!ended) {
        if (m_offset >= m_buffer.size() && !fill()) {
            if (state == Quoted)
                result.problem = tr("a quoted field is not closed before the end of the file");
            break;
        }
        const char c = m_buffer.at(m_offset++);
        ++m_consumed;
        switch (state) {
        case FieldStart:
        case Unquoted:
            if (c == ',') {
                fields << current;
                current.clear();
                state = FieldStart;
            } else if (c == '\n') {
                ++m_line;
                ended = true;
            } else if (c == '\r') {
                // CRLF or a lone CR: both end the record.
                if (m_offset >= m_buffer.size())
                    fill();
                if (m_offset < m_buffer.size() && m_buffer.at(m_offset) == '\n') {
                    ++m_offset;
                    ++m_consumed;
                }
                ++m_line;
                ended = true;
            } else if (c == '"' && state == FieldStart) {
                state = Quoted;
            } else {
                if (c == '"' && result.problem.isEmpty())
                    result.problem = tr("a quote inside an unquoted field (quote the whole field and double the quote)");
                current.append(c);
                state = Unquoted;
            }
            break;
        case Quoted:
            if (c == '"')
                state = QuoteInQuoted;
            else {
                if (c == '\n')
                    ++m_line;
                current.append(c);
            }
            break;
        case QuoteInQuoted:
            if (c == '"') {
                current.append('"');
                state = Quoted;
            } else {
                state = AfterQuoted;
                --m_offset; // look at it again as what follows a closed field
                --m_consumed;
            }
            break;
        case AfterQuoted:
            if (c == ',') {
                fields << current;
                current.clear();
                state = FieldStart;
            } else if (c == '\n' || c == '\r') {
                state = Unquoted;
                --m_offset;
                --m_consumed;
            } else {
                if (result.problem.isEmpty())
                    result.problem = tr("text after the closing quote of a field");
                current.append(c);
            }
            break;
        }
    }
    fields << current;

    for (qsizetype i = 0; i < fields.size(); ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        QString text = decoder(fields.at(i));
        if (decoder.hasError() && result.problem.isEmpty())
            result.problem = tr("field %1 is not valid UTF-8").arg(i + 1);
        result.fields << text;
    }
    return result;
}

QByteArray field(const QString &text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))
        || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    QByteArray bytes = text.toUtf8();
    if (!needsQuotes)
        return bytes;
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

QByteArray record(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += field(fields.at(i));
    }
    return line + "\r\n";
}

} // namespace inventory::csv
