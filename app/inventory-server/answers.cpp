#include "answers.h"

#include "duration.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>

using namespace inventory;

namespace server {

static QString tr(const char *text)
{
    return QCoreApplication::translate("inventory-server", text);
}

Answer jsonAnswer(int status, const QJsonValue &value)
{
    Answer answer;
    answer.status = status;
    answer.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                  : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return answer;
}

Answer refusal(int status, const QString &code, const QString &message, const QJsonObject &details)
{
    QJsonObject object { { QStringLiteral("error"), message }, { QStringLiteral("code"), code } };
    for (auto it = details.begin(); it != details.end(); ++it)
        object.insert(it.key(), it.value());
    return jsonAnswer(status, object);
}

int statusFor(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::NotFound:
        return 404;
    case Error::Kind::InsufficientStock:
    case Error::Kind::Expired:
    case Error::Kind::AlreadyPermanent:
    case Error::Kind::Conflict:
        return 409;
    case Error::Kind::InvalidInput:
        return 400;
    case Error::Kind::PermissionDenied:
        return 403;
    case Error::Kind::Connection:
        return 503;
    case Error::Kind::Server:
        break;
    }
    return 500;
}

Answer unavailable(const QString &code, const QString &message, int retryAfterSeconds)
{
    Answer answer = refusal(503, code, message);
    answer.addHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return answer;
}

Answer errorAnswer(const Error &error)
{
    QJsonObject details;
    switch (error.kind) {
    case Error::Kind::NotFound:
    case Error::Kind::Conflict:
        if (error.id != 0)
            details.insert(QStringLiteral("id"), error.id);
        break;
    case Error::Kind::InsufficientStock:
        details.insert(QStringLiteral("itemId"), error.id);
        details.insert(QStringLiteral("requested"), error.requested);
        details.insert(QStringLiteral("available"), error.available);
        break;
    case Error::Kind::Expired:
        details.insert(QStringLiteral("blockId"), error.id);
        if (error.when.isValid())
            details.insert(QStringLiteral("expiredAt"), error.when.toUTC().toString(Qt::ISODateWithMs));
        break;
    case Error::Kind::AlreadyPermanent:
        details.insert(QStringLiteral("blockId"), error.id);
        break;
    case Error::Kind::InvalidInput:
        details.insert(QStringLiteral("field"), error.field);
        break;
    case Error::Kind::PermissionDenied:
        if (!error.neededRole.isEmpty())
            details.insert(QStringLiteral("neededRole"), error.neededRole);
        break;
    case Error::Kind::Connection:
    case Error::Kind::Server:
        break;
    }
    Answer answer;
    if (error.kind == Error::Kind::Connection) {
        answer = unavailable(QStringLiteral("database_unavailable"), error.message);
    } else {
        answer = refusal(statusFor(error.kind), kindName(error.kind), error.message, details);
    }
    answer.errorKind = error.kind;
    return answer;
}

std::expected<QJsonObject, Answer> jsonObject(const Request &request, bool emptyIsObject)
{
    if (request.body.isEmpty()) {
        if (emptyIsObject)
            return QJsonObject();
        return std::unexpected(refusal(400, QStringLiteral("invalid_json"),
                                       tr("The request needs a JSON object as its body; it was empty.")));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return std::unexpected(refusal(
            400, QStringLiteral("invalid_json"),
            tr("The body is not valid JSON: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset),
            { { QStringLiteral("offset"), parseError.offset } }));
    }
    if (!document.isObject()) {
        return std::unexpected(refusal(400, QStringLiteral("invalid_json"),
                                       tr("The body must be a JSON object, not %1.")
                                           .arg(document.isArray() ? tr("an array") : tr("a bare value"))));
    }
    return document.object();
}

static QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("the number %1").arg(value.toDouble(), 0, 'g', 17);
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool BodyReader::fail(const QString &field, const QString &message)
{
    if (!m_problem)
        m_problem = refusal(400, QStringLiteral("invalid_input"), message, { { QStringLiteral("field"), field } });
    return false;
}

std::optional<qint64> BodyReader::integer(const QString &field, Need need)
{
    if (m_problem)
        return std::nullopt;
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || (need == Need::Optional && value.isNull())) {
        if (need == Need::Required)
            fail(field, tr("%1 is required: a whole number.").arg(field));
        return std::nullopt;
    }
    // A whole number that fits in 64 bits: the two sentinels agree only then.
    constexpr qint64 low = std::numeric_limits<qint64>::min();
    constexpr qint64 high = std::numeric_limits<qint64>::max();
    const qint64 asLow = value.toInteger(low);
    if (!value.isDouble() || asLow != value.toInteger(high)) {
        fail(field, tr("%1 must be a whole number between %2 and %3; it was %4.")
                        .arg(field).arg(low).arg(high).arg(typeName(value)));
        return std::nullopt;
    }
    return asLow;
}

QString BodyReader::text(const QString &field, Need need)
{
    if (m_problem)
        return {};
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (need == Need::Required)
            fail(field, tr("%1 is required: a string.").arg(field));
        return {};
    }
    if (!value.isString()) {
        fail(field, tr("%1 must be a string; it was %2.").arg(field, typeName(value)));
        return {};
    }
    return value.toString();
}

std::optional<Ttl> BodyReader::ttl(const QString &field)
{
    if (m_problem)
        return std::nullopt;
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isString()) {
        if (const auto parsed = parseDuration(value.toString()))
            return *parsed;
        fail(field, tr("%1 must be a number of seconds or a duration such as \"15m\" or \"2h\"; \"%2\" is neither.")
                        .arg(field, value.toString().left(40)));
        return std::nullopt;
    }
    const auto seconds = integer(field, Need::Optional);
    if (!seconds)
        return std::nullopt;
    return Ttl(*seconds);
}

std::expected<qint64, Answer> integerParameter(const QString &name, const QString &value)
{
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    const bool digitsOnly = !value.isEmpty()
        && std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!ok || !digitsOnly || number <= 0) {
        return std::unexpected(refusal(400, QStringLiteral("invalid_input"),
                                       tr("%1 must be a whole number from 1 to %2; \"%3\" is not.")
                                           .arg(name).arg(std::numeric_limits<qint64>::max()).arg(value.left(40)),
                                       { { QStringLiteral("field"), name } }));
    }
    return number;
}

} // namespace server
