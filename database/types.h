#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <chrono>
#include <optional>

namespace inventory {

/// A price in cents: NUMERIC(10,2) without a round trip through double.
using Cents = qint64;

/// One row of `items`, plus the units held by temporary reservations.
struct Item
{
    qint64 id = 0;
    QString name;
    QString description;
    int quantity = 0;
    Cents price = 0;
    QString category;
    QDateTime createdAt;
    QDateTime updatedAt;
    /// Units held by temporary blocks (expired ones included until cleanup).
    qint64 reserved = 0;
    /// Of `reserved`, the units held by blocks that have expired but not been cleaned up yet.
    /// They are available: the next reservation of this item gives them back first.
    qint64 expiredHeld = 0;
    QString sku; ///< empty when none
    QString barcode; ///< EAN-13 or UPC-A, empty when none
    std::optional<int> reorderPoint; ///< low stock at or below this many units
    std::optional<int> reorderQuantity; ///< what to order when low
    QDateTime archivedAt; ///< null unless archived

    /// What a reservation can take now: on the shelf plus what expired reservations still hold.
    qint64 available() const { return quantity + expiredHeld; }
    bool isArchived() const { return archivedAt.isValid(); }
    bool isLow() const { return reorderPoint && quantity <= *reorderPoint; }
};

/// What `createItem` needs; validated before anything is sent.
struct NewItem
{
    QString name;
    QString description;
    qint64 quantity = 0; ///< wide, so an out-of-range value reaches validation intact
    Cents price = 0;
    QString category;
    QString sku;
    QString barcode;
    std::optional<qint64> reorderPoint;
    std::optional<qint64> reorderQuantity;
};

struct Category
{
    QString name;
    qint64 itemCount = 0;
};

/// The original `/category/:category/top` answer.
struct TopItems
{
    QString category;
    QList<Item> items;
    qint64 totalItemsInCategory = 0;
};

enum class BlockState { Temporary, Permanent, Expired };

struct Block
{
    qint64 id = 0;
    qint64 itemId = 0;
    QString itemName;
    int quantity = 0;
    bool isPermanent = false;
    QDateTime createdAt;
    QDateTime expiresAt; ///< null for permanent blocks
    QDateTime confirmedAt;
    QString reference;
    QString createdBy; ///< the database role that reserved
    /// The server's clock when this row was read: states and countdowns are relative to it.
    QDateTime serverTime;

    BlockState state() const
    {
        if (isPermanent)
            return BlockState::Permanent;
        return expiresAt <= serverTime ? BlockState::Expired : BlockState::Temporary;
    }
};

struct BlockFilter
{
    std::optional<qint64> itemId;
    std::optional<BlockState> state;
    /// Blocks whose reference contains this text, case-insensitively (an order number).
    QString reference;
    bool mineOnly = false;
    int limit = 1000;
};

/// The original `/block/temporary` answer.
struct Reservation
{
    qint64 blockId = 0;
    qint64 itemId = 0;
    QString itemName;
    int quantityBlocked = 0;
    int remainingQuantity = 0;
    QDateTime expiresAt;
    QString reference;
    /// True when `reference` had already been used for this item by this role: this is the
    /// first reservation again, and nothing new was taken.
    bool replayed = false;
};

/// What `release` gave back.
struct Release
{
    qint64 blockId = 0;
    qint64 itemId = 0;
    int quantityReturned = 0;
    int itemQuantity = 0; ///< the item's quantity afterwards
};

/// Expired temporary blocks waiting for cleanup.
struct ExpiredSummary
{
    qint64 blocks = 0;
    qint64 units = 0;
};

struct CleanupResult
{
    qint64 blocksRemoved = 0;
    qint64 unitsRestored = 0;
    int batches = 0;
    QDateTime finishedAt; ///< server time
};

/// Who we are connected as, as the server sees it.
/// Where reads are served from now, for the status bar and About.
struct ReadStatus
{
    bool routed = false; ///< reads have their own connection (read settings given)
    QString server; ///< where reads are served from ("host:port/db")
    bool standby = false; ///< that server is a hot standby
    std::optional<qint64> replayLagMs; ///< a standby's: 0 when it has replayed all it received
    QString primaryProblem; ///< why writes cannot reach the primary now; empty when they can
};

struct SessionInfo
{
    QString user;
    QString server; ///< host:port or socket directory
    QString database;
    QString serverVersion;
    /// The highest migration applied to this database (public.schema_migrations); 0 before any.
    int schemaVersion = 0;
    bool isStaff = false;
    bool isManager = false;
    bool isOwner = false;
    ReadStatus reads;
};

using Ttl = std::chrono::seconds;
inline constexpr Ttl defaultReservationTtl = std::chrono::hours(1);
inline constexpr Ttl maximumReservationTtl = std::chrono::days(30);
inline constexpr int topItemsLimit = 100;

} // namespace inventory

Q_DECLARE_METATYPE(inventory::Item)
Q_DECLARE_METATYPE(inventory::Block)
Q_DECLARE_METATYPE(inventory::TopItems)
Q_DECLARE_METATYPE(inventory::CleanupResult)
