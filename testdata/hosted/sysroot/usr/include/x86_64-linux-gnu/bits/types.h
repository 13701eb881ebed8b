/* Fixture: the C library's multiarch folder (usr/include/<triple>). */
#ifndef _BITS_TYPES_H
#define _BITS_TYPES_H
typedef long long __off_t;
#endif
