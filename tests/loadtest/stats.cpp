#include "stats.h"

#include <QJsonArray>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace loadtest {

namespace {

double rounded(double value, int decimals = 3)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace

void EndpointStats::add(Outcome outcome, qint64 nanos, int status, const QString &detail)
{
    ++m_requests;
    QString kind;
    switch (outcome) {
    case Outcome::Ok:
        ++m_ok;
        break;
    case Outcome::InsufficientStock:
        ++m_insufficientStock;
        break;
    case Outcome::Overloaded:
        ++m_overloaded;
        kind = QString::number(status);
        break;
    case Outcome::HttpError:
        ++m_httpErrors;
        kind = status ? QString::number(status) : QStringLiteral("error"); // 0: a direct call's failure
        break;
    case Outcome::BadBody:
        ++m_badBody;
        kind = QStringLiteral("bad body");
        break;
    case Outcome::Transport:
        ++m_transport;
        kind = QStringLiteral("transport");
        break;
    }
    if (outcome == Outcome::Ok || outcome == Outcome::InsufficientStock) {
        m_nanos.push_back(nanos);
        m_sorted = false;
        return;
    }
    ++m_errorsByKind[kind];
    if (m_firstError.isEmpty())
        m_firstError = detail.isEmpty() ? kind : kind + QStringLiteral(": ") + detail.left(300);
}

void EndpointStats::merge(const EndpointStats &other)
{
    m_nanos.insert(m_nanos.end(), other.m_nanos.begin(), other.m_nanos.end());
    m_sorted = m_nanos.empty();
    m_requests += other.m_requests;
    m_ok += other.m_ok;
    m_insufficientStock += other.m_insufficientStock;
    m_overloaded += other.m_overloaded;
    m_httpErrors += other.m_httpErrors;
    m_badBody += other.m_badBody;
    m_transport += other.m_transport;
    for (auto it = other.m_errorsByKind.begin(); it != other.m_errorsByKind.end(); ++it)
        m_errorsByKind[it.key()] += it.value();
    if (m_firstError.isEmpty())
        m_firstError = other.m_firstError;
}

void EndpointStats::finish()
{
    if (!m_sorted)
        std::sort(m_nanos.begin(), m_nanos.end());
    m_sorted = true;
}

double EndpointStats::percentileMs(double q) const
{
    Q_ASSERT(m_sorted);
    if (m_nanos.empty())
        return 0;
    const size_t rank = size_t(std::ceil(q * double(m_nanos.size())));
    return double(m_nanos[std::clamp<size_t>(rank, 1, m_nanos.size()) - 1]) / 1e6;
}

double EndpointStats::maxMs() const
{
    Q_ASSERT(m_sorted);
    return m_nanos.empty() ? 0 : double(m_nanos.back()) / 1e6;
}

QJsonObject EndpointStats::toJson() const
{
    QJsonObject o { { QStringLiteral("name"), m_name },
                    { QStringLiteral("requests"), m_requests },
                    { QStringLiteral("ok"), m_ok },
                    { QStringLiteral("insufficientStock"), m_insufficientStock },
                    { QStringLiteral("errors"), errors() },
                    { QStringLiteral("errorRate"), rounded(errorRate(), 6) },
                    { QStringLiteral("overloaded"), m_overloaded },
                    { QStringLiteral("transportErrors"), m_transport },
                    { QStringLiteral("badBodies"), m_badBody },
                    { QStringLiteral("seconds"), rounded(m_seconds) },
                    { QStringLiteral("okPerSec"), rounded(okPerSecond(), 1) } };
    if (hasLatencies()) {
        o.insert(QStringLiteral("p50"), rounded(percentileMs(0.50)));
        o.insert(QStringLiteral("p95"), rounded(percentileMs(0.95)));
        o.insert(QStringLiteral("p99"), rounded(percentileMs(0.99)));
        o.insert(QStringLiteral("max"), rounded(maxMs()));
    }
    if (!m_errorsByKind.isEmpty()) {
        QJsonObject kinds;
        for (auto it = m_errorsByKind.begin(); it != m_errorsByKind.end(); ++it)
            kinds.insert(it.key(), it.value());
        o.insert(QStringLiteral("errorsByKind"), kinds);
        o.insert(QStringLiteral("firstError"), m_firstError);
    }
    return o;
}

size_t Rounds::medianIndex() const
{
    Q_ASSERT(!rounds.empty());
    std::vector<size_t> order(rounds.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [this](size_t a, size_t b) { return rounds[a].okPerSecond() < rounds[b].okPerSecond(); });
    return order[order.size() / 2];
}

QList<double> Rounds::rates() const
{
    QList<double> rates;
    for (const EndpointStats &r : rounds)
        rates << r.okPerSecond();
    return rates;
}

QString Rounds::note() const
{
    QStringList rates;
    for (double rate : this->rates())
        rates << QString::number(rate, 'f', 0);
    return QStringLiteral("median of %1 interleaved rounds: %2 /s")
        .arg(rounds.size())
        .arg(rates.join(QStringLiteral(", ")));
}

QString Table::toText() const
{
    QList<qsizetype> widths;
    for (const QString &h : m_header)
        widths << h.size();
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            padded << (i == 0 ? cells[i].leftJustified(widths[i]) : cells[i].rightJustified(widths[i]));
        return padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    };
    QString text = line(m_header);
    QStringList rule;
    for (qsizetype w : widths)
        rule << QString(w, QLatin1Char('-'));
    text += rule.join(QStringLiteral("  ")) + QLatin1Char('\n');
    for (const QStringList &row : m_rows)
        text += line(row);
    return text;
}

QStringList Table::endpointHeader()
{
    return { QStringLiteral("endpoint"), QStringLiteral("requests"), QStringLiteral("ok/s"),
             QStringLiteral("409 stock"), QStringLiteral("errors"), QStringLiteral("error %"),
             QStringLiteral("p50 ms"), QStringLiteral("p95 ms"), QStringLiteral("p99 ms"),
             QStringLiteral("max ms") };
}

QStringList Table::endpointRow(const EndpointStats &s)
{
    const bool latencies = s.hasLatencies();
    return { s.name(),
             QString::number(s.requests()),
             formatCount(s.okPerSecond()),
             QString::number(s.insufficientStock()),
             QString::number(s.errors()),
             QString::number(s.errorRate() * 100.0, 'f', 2),
             latencies ? formatMs(s.percentileMs(0.50)) : QStringLiteral("-"),
             latencies ? formatMs(s.percentileMs(0.95)) : QStringLiteral("-"),
             latencies ? formatMs(s.percentileMs(0.99)) : QStringLiteral("-"),
             latencies ? formatMs(s.maxMs()) : QStringLiteral("-") };
}

QString formatMs(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 2 : 1);
}

QString formatCount(double value)
{
    return QString::number(value, 'f', 0);
}

} // namespace loadtest
