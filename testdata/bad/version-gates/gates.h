/*
 * Fixture: version gates the lexical scan cannot read on its own. Each
 * struct appears from its own interface version on; put beside the
 * headers of testdata/hvmmem/4.7 (whose latest version is 0x00040700).
 */
#ifndef FIXTURE_GATES_H
#define FIXTURE_GATES_H

#define XV __XEN_INTERFACE_VERSION__
#define AT_LEAST(v) (__XEN_INTERFACE_VERSION__ >= (v))

#if (__XEN_INTERFACE_VERSION__) >= 0x00030100
struct paren_gate { int a; };
#endif

#if __XEN_INTERFACE_VERSION__ + 0 >= 0x00030200
struct offset_gate { int a; };
#endif

#if XV >= 0x00030300
struct alias_gate { int a; };
#endif

#if AT_LEAST(0x00030400)
struct call_gate { int a; };
#endif

/* The lexical scan once read this as ">= 0x00030000". */
#if __XEN_INTERFACE_VERSION__ >= 0x00030000 + 0x500
struct sum_gate { int a; };
#endif

/* No one-way change: nothing can tell where it flips. */
#if (__XEN_INTERFACE_VERSION__ & 0xff) == 1
struct masked_gate { int a; };
#endif

#endif
