/* Fixture: before; macros whose value is text, not a number. */
#ifndef FIXTURE_API_H
#define FIXTURE_API_H

/* Write modes, as strings sent over a wire protocol. */
#define API_WRITE_NONE    "NONE"
#define API_WRITE_CREATE  "CREATE"
#define API_ROOT          "/local/domain"

/* Accessors of a handle. */
#define get_handle(val, hnd) do { (val) = (hnd).p; } while (0)
#define set_handle(hnd, val) do { (hnd).p = (val); } while (0)
#define handle_bytes(hnd)    sizeof((hnd).p)
#define make_handle(ptr)     { ptr }

/* A helper of this header only: it is #undef'd below. */
#define __pad_to(n) char pad[n]
struct api_rec { __pad_to(4); };
#undef __pad_to

/* Where it is expanded: no value of its own (OpenSSL's OPENSSL_LINE). */
#define API_HERE __LINE__
#define API_TICKET (__COUNTER__ + 1)

#endif
