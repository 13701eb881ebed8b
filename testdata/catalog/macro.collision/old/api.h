/* Fixture: before; flags of a mapping request, one bit each. */
#define XENMAPFLAG_readonly  1 /* map without write access */
#define XENMAPFLAG_cacheable 2 /* map with caching enabled */
