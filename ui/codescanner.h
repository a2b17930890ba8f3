#pragma once

#include "error.h"
#include "types.h"

#include <QObject>

namespace inventory {

/// Scan mode for a find box: a USB barcode scanner types the code and Enter. take() looks the
/// text up as a barcode or SKU (off the GUI thread) and says what it found; text that cannot be
/// a code (several words, "#id", a short number) is left to the box's own search.
class CodeScanner : public QObject
{
    Q_OBJECT
public:
    explicit CodeScanner(QObject *parent = nullptr);

    /// Whether `text` could be a barcode or SKU: one word, not "#…", not a number of under 8
    /// digits (those are item ids).
    static bool isCandidate(const QString &text);
    /// Starts looking `text` up and returns true, or returns false when it cannot be a code.
    bool take(const QString &text);

signals:
    void found(const inventory::Item &item);
    /// A barcode (digits only) no item has: `message` says so. Nothing was changed.
    void unknown(const QString &code, const QString &message);
    /// No item has this as a SKU, and it is not a barcode: search for it as usual.
    void notACode(const QString &text);
    void failed(const inventory::Error &error);

private:
    quint64 m_generation = 0;
};

} // namespace inventory
