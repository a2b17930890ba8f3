#include "codescanner.h"

#include "asyncrunner.h"
#include "stock.h"

#include <QApplication>

namespace inventory {

namespace {
bool allDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}
} // namespace

CodeScanner::CodeScanner(QObject *parent) : QObject(parent) { }

bool CodeScanner::isCandidate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() < 2 || t.startsWith(QLatin1Char('#')))
        return false;
    if (std::any_of(t.begin(), t.end(), [](QChar c) { return c.isSpace(); }))
        return false;
    return !(allDigits(t) && t.size() < 8);
}

bool CodeScanner::take(const QString &text)
{
    const QString code = text.trimmed();
    if (!isCandidate(code))
        return false;
    const quint64 generation = ++m_generation;
    runAsync(
        this, [code] { return itemByCode(code); },
        [this, generation, code](const Result<Item> &result) {
            if (generation != m_generation)
                return; // scanned again meanwhile
            if (result) {
                emit found(*result);
                return;
            }
            if (result.error().kind != Error::Kind::NotFound) {
                emit failed(result.error());
                return;
            }
            if (allDigits(code)) {
                QApplication::beep();
                emit unknown(code, tr("No item has the barcode '%1'. Nothing was changed.").arg(code));
                return;
            }
            emit notACode(code);
        });
    return true;
}

} // namespace inventory
