#pragma once

namespace inventory {

/// Installs the app's translations: the user's language where one exists, else English. The
/// English one holds only the plural forms of the "%n" strings (tr("%Ln unit(s)", "", n)), which
/// Qt takes from a translation even for the source language. Call once the application object
/// exists; calling again does nothing.
void installTranslations();

} // namespace inventory
