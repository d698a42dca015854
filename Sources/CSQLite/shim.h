#include <sqlite3.h>

/// `sqlite3_config` is variadic, which Swift cannot call. Turns off SQLite's memory statistics (which factcheck never
/// reads): with them on, every allocation SQLite makes takes a global mutex to count it. Process-wide; takes effect
/// only before SQLite is first initialised (the first connection opened), and returns SQLITE_MISUSE after.
static inline int factcheck_sqlite3_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
