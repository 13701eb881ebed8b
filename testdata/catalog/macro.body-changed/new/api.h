/* Fixture: after; the same parameters, another replacement. */
#define get_handle(val, hnd) do { (val) = (hnd).q; } while (0)
