#pragma once

#include "httptypes.h"
#include "types.h"

#include <QJsonObject>
#include <QJsonValue>

#include <expected>

/// Building answers: JSON bodies, refusals in the one error shape, and typed reading of request
/// bodies that refuses with the field's name and what it got.
namespace server {

Answer jsonAnswer(int status, const QJsonValue &value);
/// `{"error": message, "code": code, ...details}`.
Answer refusal(int status, const QString &code, const QString &message, const QJsonObject &details = {});
/// The core's refusal or failure: its status (404, 409, 400, 403, 503, 500), code and numbers.
Answer errorAnswer(const inventory::Error &error);
int statusFor(inventory::Error::Kind kind);
/// 503 with Retry-After, for a full queue or while draining.
Answer unavailable(const QString &code, const QString &message, int retryAfterSeconds = 1);

/// The body as a JSON object; an empty body is an empty object only when `emptyIsObject`.
std::expected<QJsonObject, Answer> jsonObject(const Request &request, bool emptyIsObject = false);

/// Reads typed fields of a JSON object; the first problem is kept and later reads do nothing.
class BodyReader
{
public:
    enum class Need { Required, Optional };

    explicit BodyReader(QJsonObject object) : m_object(std::move(object)) {}

    /// A JSON number that is a whole number (range checks are the core's).
    std::optional<qint64> integer(const QString &field, Need need = Need::Required);
    QString text(const QString &field, Need need = Need::Optional);
    /// Seconds as a number, or a duration such as "15m" or "2h".
    std::optional<inventory::Ttl> ttl(const QString &field);

    const std::optional<Answer> &problem() const { return m_problem; }

private:
    bool fail(const QString &field, const QString &message);
    QJsonObject m_object;
    std::optional<Answer> m_problem;
};

/// A positive whole number from a path or query parameter ("12", not "12abc" or "-1").
std::expected<qint64, Answer> integerParameter(const QString &name, const QString &value);

} // namespace server
