/* Fixture: before; a helper that reads a handle. */
#define get_handle(val, hnd) do { (val) = (hnd).p; } while (0)
