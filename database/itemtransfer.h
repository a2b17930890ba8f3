#pragma once

#include "error.h"
#include "types.h"

#include <functional>

class QIODevice;

/// Bulk item import from CSV and export to CSV. Columns (a header row, any order, any case):
/// name, description, quantity, price, category; an `id` column is ignored on import, so an
/// export imports back as the same items.
namespace inventory {

struct ImportLine
{
    qint64 line = 0; ///< where the record starts in the file
    NewItem item;
    std::optional<Error> problem; ///< why this line cannot be imported
};

struct ImportPlan
{
    QList<ImportLine> lines;
    qint64 valid = 0;
    qint64 invalid = 0;
};

/// Reads and checks every line (nothing is sent). Refuses a file without the required columns
/// (name, price) or with unknown ones.
Result<ImportPlan> planImport(QIODevice *file, const std::function<void(qint64 bytesRead)> &progress = {});

enum class ImportMode {
    AllOrNothing, ///< refuse the whole file if any line is invalid; one transaction
    ValidRows,    ///< import the valid lines, report the others; one transaction per batch
};

struct ImportResult
{
    qint64 imported = 0;
    qint64 skipped = 0; ///< invalid lines left out (ValidRows)
};

/// Sends the plan's items in batches of `batchSize` (each one call to the server). `progress`
/// gets the count imported so far.
Result<ImportResult> importItems(const ImportPlan &plan, ImportMode mode,
                                 const std::function<void(qint64 imported)> &progress = {}, int batchSize = 5000);

/// Writes the items (all, or one category's) as CSV with a header row, streaming from the server
/// in one statement. Returns the number of items written.
Result<qint64> exportItems(QIODevice *file, const QString &category = {},
                           const std::function<void(qint64 written)> &progress = {});

/// The CSV of items already in memory (the app's current view).
QByteArray itemsToCsv(const QList<Item> &items);

} // namespace inventory
