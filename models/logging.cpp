#include "logging.h"

Q_LOGGING_CATEGORY(lcModels, "inventory.models", QtWarningMsg)
