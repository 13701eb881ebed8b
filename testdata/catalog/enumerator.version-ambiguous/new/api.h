/* Fixture: after; value 2 means one thing before API 2 and another from 2 on. */
enum cache_policy {
    CACHE_POLICY_WB = 0, /* write-back */
    CACHE_POLICY_UC = 1, /* uncached */
#if API_VERSION >= 2
    CACHE_POLICY_WC = 2, /* write-combining */
#else
    CACHE_POLICY_WT = 2, /* write-through */
#endif
};
