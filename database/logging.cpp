#include "logging.h"

// Quiet by default; QT_LOGGING_RULES="inventory.*.debug=true" to see them.
Q_LOGGING_CATEGORY(lcDatabase, "inventory.db", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCluster, "inventory.cluster", QtWarningMsg)
