#pragma once

#include "error.h"
#include "types.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

/// Stock keeping: movements (receipts, adjustments, counts), the ledger that explains every
/// item's stock, its check, the history, item edits and low stock. Like the operations in
/// operations.h, each call is one round trip (one statement or one server-side function) on the
/// calling thread's connection, returns plain values, and changes nothing when refused.
///
/// The ledger's invariant, for every item:
///   quantity + units in its blocks = opening stock + receipts + adjustments + counts.
/// Reservations move units between `quantity` and the blocks, so they never need a movement of
/// their own; the block history (block_events) explains them.
namespace inventory {

/// Why stock moved; stored as its code.
enum class StockReason { Received, Returned, Damaged, Lost, Found, Count, Correction };

/// "received", "returned", … as stored in the database.
QString reasonCode(StockReason reason);
std::optional<StockReason> reasonFromCode(const QString &code);
/// The reason in words, translated ("Damaged").
QString reasonLabel(StockReason reason);
QList<StockReason> allReasons();
/// Reasons `receive` accepts (goods in): received, returned.
QList<StockReason> receiptReasons();
/// Reasons `adjust` accepts: damaged, lost, found, correction.
QList<StockReason> adjustmentReasons();

/// One row of the stock ledger (public.stock_movements).
struct StockMovement
{
    qint64 id = 0;
    qint64 itemId = 0;
    QString itemName;
    QString kind; ///< "opening", "receipt", "adjustment", "count"
    StockReason reason = StockReason::Correction; ///< meaningless for "opening"
    int change = 0; ///< signed units
    int resultingQuantity = 0; ///< the item's quantity right after
    QString actor; ///< the database role
    QDateTime at;
    QString reference;
    QString note;
    qint64 countId = 0; ///< for "count" movements
    /// For a receipt or adjustment undone by this one: the movement it compensates.
    qint64 compensates = 0;
};

/// One entry of the merged history: a stock movement or a block event, newest first.
struct HistoryEntry
{
    enum class Source { Movement, Block };
    Source source = Source::Movement;
    qint64 id = 0; ///< the movement's or the block event's id
    qint64 itemId = 0;
    QString itemName;
    /// Movements: "opening", "receipt", "adjustment", "count". Block events: "created",
    /// "confirmed", "released", "extended", "expired".
    QString kind;
    QString reason; ///< reason code for movements, empty for block events
    int change = 0; ///< signed change of the item's quantity
    std::optional<int> resultingQuantity;
    QString actor;
    QDateTime at;
    /// `at` exactly, in microseconds since the epoch: the page cursor needs the server's
    /// precision (QDateTime has milliseconds).
    qint64 atMicroseconds = 0;
    QString reference;
    QString note;
    qint64 blockId = 0; ///< block events only
};

/// Where the next page of a history listing starts (the last entry of the previous page).
struct HistoryCursor
{
    QDateTime at; ///< used only when atMicroseconds is 0
    HistoryEntry::Source source = HistoryEntry::Source::Movement;
    qint64 id = 0;
    qint64 atMicroseconds = 0;

    /// The cursor for the page after `last`.
    static HistoryCursor after(const HistoryEntry &last)
    {
        return { last.at, last.source, last.id, last.atMicroseconds };
    }
};

struct HistoryFilter
{
    std::optional<qint64> itemId;
    /// Kinds to include (see HistoryEntry::kind); empty for all.
    QStringList kinds;
    QString reason; ///< a reason code, empty for all
    QString actor; ///< a database role, empty for all
    QDateTime since; ///< inclusive; null for no bound
    QDateTime until; ///< exclusive; null for no bound
    std::optional<HistoryCursor> after; ///< the page after this entry
    int limit = 200;
};

/// Goods in: a delivery or a customer return. Staff and managers. `reason` must be one of
/// receiptReasons().
Result<StockMovement> receive(qint64 itemId, qint64 quantity,
                              StockReason reason = StockReason::Received,
                              const QString &reference = {});

/// A correction of the item's quantity, by a signed amount or to an absolute figure (exactly one
/// of `by`, `to`). Managers. A decrease below the quantity on hand is refused with the numbers.
struct Adjustment
{
    std::optional<qint64> by;
    std::optional<qint64> to;
    StockReason reason = StockReason::Correction;
    QString note;
};
Result<StockMovement> adjust(qint64 itemId, const Adjustment &adjustment);

/// Books the opposite of receipt or adjustment `movementId` (for Undo): a new movement, never a
/// delete. Refused when it was undone already or when the units are no longer there.
Result<StockMovement> undoMovement(qint64 movementId);

/// The merged history, newest first, one page.
Result<QList<HistoryEntry>> history(const HistoryFilter &filter = {});

/// Changes of an item's descriptive fields; unset fields stay as they are, an empty string
/// clears an optional text (description, category, SKU, barcode). Managers.
struct ItemEdit
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<Cents> price;
    std::optional<QString> category;
    std::optional<QString> sku;
    std::optional<QString> barcode;
    /// Set to a value, or to std::nullopt inside to clear it.
    std::optional<std::optional<qint64>> reorderPoint;
    std::optional<std::optional<qint64>> reorderQuantity;
};
Result<Item> editItem(qint64 itemId, const ItemEdit &edit);

/// Hides an item from browsing; it cannot be reserved or received while archived and keeps its
/// history. Refused while it has temporary reservations. Managers.
Result<Item> archiveItem(qint64 itemId);
Result<Item> unarchiveItem(qint64 itemId);

/// The item with this SKU or barcode (exact; SKUs case-insensitively).
Result<Item> itemByCode(const QString &code);

/// Items at or below their reorder point, most urgent first (furthest below it), not archived.
Result<QList<Item>> lowStock(const QString &category = {}, int limit = 500);

/// A stock count (stocktake).
struct StockCount
{
    qint64 id = 0;
    QString category; ///< empty for a count of listed items
    QString openedBy;
    QDateTime openedAt;
    QString postedBy;
    QDateTime postedAt; ///< null while open
    int lines = 0;
    int counted = 0; ///< lines with a counted quantity
};

/// One item of a count. `expected` is what should be on hand (quantity plus the units held by
/// temporary reservations) when the count was opened.
struct CountLine
{
    qint64 countId = 0;
    qint64 itemId = 0;
    QString itemName;
    QString sku;
    QString barcode;
    int expected = 0;
    std::optional<int> counted;
    QString countedBy;
    QDateTime countedAt;
    int difference() const { return counted ? *counted - expected : 0; }
};

struct CountPosting
{
    qint64 countId = 0;
    int movements = 0; ///< lines with a difference, each booked as one "count" movement
    qint64 unitsAdded = 0;
    qint64 unitsRemoved = 0;
    int uncounted = 0; ///< lines left without a counted figure (booked nothing)
    QDateTime postedAt;
};

/// Opens a count of a category's items, or of the listed items. Managers.
Result<StockCount> openCount(const QString &category);
Result<StockCount> openCount(const QList<qint64> &itemIds);
/// Enters a counted figure. Staff and managers; only while the count is open.
Result<CountLine> setCounted(qint64 countId, qint64 itemId, qint64 counted);
/// Adds `by` to the counted figure (one scan = 1).
Result<CountLine> addCounted(qint64 countId, qint64 itemId, qint64 by = 1);
Result<StockCount> stockCount(qint64 countId);
Result<QList<StockCount>> stockCounts(bool openOnly = true);
Result<QList<CountLine>> countLines(qint64 countId);
/// Books every difference as one "count" movement, all in one transaction. Each difference is
/// counted − expected, applied to the item's quantity as it is at posting time, so reservations,
/// releases and cleanups between opening and posting (which move units between the item and its
/// blocks, not in or out of the warehouse) are neither lost nor counted twice. Managers.
Result<CountPosting> postCount(qint64 countId);

/// An item whose stock the ledger does not explain.
struct Drift
{
    qint64 itemId = 0;
    QString itemName;
    qint64 stock = 0; ///< quantity + units in its blocks
    qint64 booked = 0; ///< opening + receipts + adjustments + counts
    qint64 difference() const { return stock - booked; }
};

struct LedgerCheck
{
    qint64 itemsChecked = 0;
    QList<Drift> drifted;
    bool isClean() const { return drifted.isEmpty(); }
};

/// Verifies the invariant for every item (one statement).
Result<LedgerCheck> checkLedger();
/// Books one "correction" movement for each item in `drift` whose drift is still exactly as
/// given (so a repair never books what it did not show). Managers.
Result<QList<StockMovement>> repairLedger(const QList<Drift> &drift);

} // namespace inventory
