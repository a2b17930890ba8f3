#include "router.h"

#include "answers.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace server {

static QString tr(const char *text)
{
    return QCoreApplication::translate("inventory-server", text);
}

void Router::add(Route route)
{
    m_patternSegments.append(route.pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts));
    m_routes.append(std::move(route));
}

static bool isParameter(const QString &segment)
{
    return segment.startsWith(QLatin1Char(':'));
}

std::variant<Router::Match, Answer> Router::match(const QByteArray &method, const QList<QString> &segments) const
{
    // Score each route matching the path: more literal segments first, earlier segments weigh
    // more, so "/api/items/low-stock" beats "/api/items/:id".
    const Route *best = nullptr;
    QHash<QString, QString> bestParameters;
    quint64 bestScore = 0;
    QByteArrayList allowed;
    for (qsizetype r = 0; r < m_routes.size(); ++r) {
        const QStringList &pattern = m_patternSegments.at(r);
        if (pattern.size() != segments.size())
            continue;
        quint64 score = 1;
        QHash<QString, QString> parameters;
        bool matches = true;
        for (qsizetype i = 0; i < pattern.size() && matches; ++i) {
            score <<= 1;
            if (isParameter(pattern.at(i)))
                parameters.insert(pattern.at(i).mid(1), segments.at(i));
            else if (pattern.at(i) == segments.at(i))
                score |= 1;
            else
                matches = false;
        }
        if (!matches)
            continue;
        const Route &route = m_routes.at(r);
        if (route.method != method) {
            if (!allowed.contains(route.method))
                allowed.append(route.method);
            continue;
        }
        if (!best || score > bestScore) {
            best = &route;
            bestScore = score;
            bestParameters = std::move(parameters);
        }
    }
    if (best)
        return Match { best, std::move(bestParameters) };
    if (!allowed.isEmpty()) {
        Answer answer = refusal(405, QStringLiteral("method_not_allowed"),
                                tr("This path does not take %1; it takes %2.")
                                    .arg(QString::fromLatin1(method), QString::fromLatin1(allowed.join(", "))));
        answer.addHeader("Allow", allowed.join(", "));
        return answer;
    }
    return refusal(404, QStringLiteral("no_such_route"), tr("There is no such endpoint; GET /api/openapi.json lists them."));
}

static std::optional<QString> decodeStrictly(const QByteArray &encoded)
{
    const QByteArray bytes = QByteArray::fromPercentEncoding(encoded);
    if (bytes.contains('\0'))
        return std::nullopt;
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

std::variant<std::pair<QList<QString>, QHash<QString, QString>>, Answer> splitTarget(const QByteArray &target)
{
    if (!target.startsWith('/'))
        return refusal(400, QStringLiteral("invalid_path"), tr("The request target must be an absolute path."));
    const qsizetype question = target.indexOf('?');
    const QByteArrayView path = QByteArrayView(target).first(question < 0 ? target.size() : question);
    QList<QString> segments;
    for (const QByteArray &raw : path.toByteArray().split('/')) {
        if (raw.isEmpty())
            continue;
        const auto decoded = decodeStrictly(raw);
        if (!decoded) {
            return refusal(400, QStringLiteral("invalid_path"),
                           tr("The path's percent-encoding is not valid UTF-8 (or holds a NUL byte)."));
        }
        segments.append(*decoded);
    }
    QHash<QString, QString> query;
    if (question >= 0) {
        const QByteArray raw = target.mid(question + 1);
        for (const QByteArray &pair : raw.split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype equals = pair.indexOf('=');
            QByteArray key = pair.first(equals < 0 ? pair.size() : equals);
            QByteArray value = equals < 0 ? QByteArray() : pair.sliced(equals + 1);
            key.replace('+', ' ');
            value.replace('+', ' ');
            const auto decodedKey = decodeStrictly(key);
            const auto decodedValue = decodeStrictly(value);
            if (!decodedKey || !decodedValue) {
                return refusal(400, QStringLiteral("invalid_query"),
                               tr("The query's percent-encoding is not valid UTF-8 (or holds a NUL byte)."));
            }
            query.insert(*decodedKey, *decodedValue);
        }
    }
    return std::pair { segments, query };
}

} // namespace server
