/* Fixture: a header kept in a folder of the package's own, found as
 * <inner/base.h> through its pkg-config file's Cflags. */
#ifndef INNER_BASE_H
#define INNER_BASE_H
typedef unsigned int inner_id;
#endif
