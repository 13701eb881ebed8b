/* Fixture: after; a new flag is given a bit that is already taken. */
#define XENMAPFLAG_readonly  1 /* map without write access */
#define XENMAPFLAG_cacheable 2 /* map with caching enabled */
#define XENMAPFLAG_shared    2 /* let other domains map it too */
