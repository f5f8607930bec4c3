#pragma once

#include <functional>

namespace Sekretariat {

// Told how far a long import has come; returns false to cancel it.
using ImportProgress = std::function<bool(qsizetype done, qsizetype total)>;

} // namespace Sekretariat
