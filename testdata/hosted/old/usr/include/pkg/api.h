/* Fixture: a package's header that needs the C library and its own
 * <pkg/other.h>, as a program compiling against the package would. */
#ifndef PKG_API_H
#define PKG_API_H
#include <stdint.h>
#include <sys/types.h>
#include <pkg/other.h>

struct pkg_req {
    uint32_t id;
    off_t where;
    struct pkg_other other;
};

int pkg_open(const char *name, off_t at);
#endif
