#pragma once

#include "error.h"

namespace inventory {

struct SchemaVersion
{
    int current = 0; ///< applied to the database; 0 when it has no schema yet
    int latest = 0; ///< the newest this program knows
};

/// The schema version this program was built with (its newest migration).
int latestSchemaVersion();

/// What the connected database has, without changing anything.
Result<SchemaVersion> schemaVersion();

/// Applies every pending migration, each in its own transaction, recorded in
/// `schema_migrations`. Running it again changes nothing. Refuses a database whose schema is
/// newer than this program, and a role that does not own the schema.
Result<SchemaVersion> migrate();

/// For everything but `migrate`: refuses a database whose schema is missing, older or newer,
/// saying what to do.
Result<void> requireCurrentSchema();

} // namespace inventory
