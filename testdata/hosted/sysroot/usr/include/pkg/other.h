/* Fixture: a decoy. The package installed here is another release; the
 * side being read must never see it. */
#ifndef PKG_OTHER_H
#define PKG_OTHER_H
struct pkg_other {
    char decoy_from_the_host[64];
};
#endif
