/* Fixture: the package's own <pkg/other.h>. */
#ifndef PKG_OTHER_H
#define PKG_OTHER_H
struct pkg_other {
    unsigned int flags;
};
#endif
