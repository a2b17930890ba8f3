#include "logging.h"

Q_LOGGING_CATEGORY(lcUi, "inventory.ui", QtWarningMsg)
