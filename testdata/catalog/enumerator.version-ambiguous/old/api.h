/* Fixture: before; two cache policies, no versioned values yet. */
enum cache_policy {
    CACHE_POLICY_WB = 0, /* write-back */
    CACHE_POLICY_UC = 1, /* uncached */
};
