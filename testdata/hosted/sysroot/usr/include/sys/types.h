/* Fixture: a C library's <sys/types.h>, as the sysroot gives it. */
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H
#include <bits/types.h>
typedef __off_t off_t;
typedef int pid_t;
#endif
