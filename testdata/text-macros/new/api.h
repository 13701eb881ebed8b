/* Fixture: after; macros whose value is text, not a number. */
#ifndef FIXTURE_API_H
#define FIXTURE_API_H

/* Write modes, as strings sent over a wire protocol. API_WRITE_NONE is
 * gone and API_WRITE_CREATE says something else. */
#define API_WRITE_CREATE  "CREATE|EXCL"
#define API_ROOT          "/local/domain" /* only this comment is new */

/* Accessors of a handle. get_handle is gone; set_handle is respelled
 * (other parameter names, other blanks): no change; handle_bytes keeps
 * its parameter and measures something else: a warning; make_handle
 * takes another parameter: calls stop compiling. */
#define set_handle(h, v) do {                                          \
        (h).p = (v);    /* store */                                    \
    } while ( 0 )
#define handle_bytes(hnd)    sizeof(hnd)
#define make_handle(ptr, n)  { ptr, n }

/* A helper of this header only: it is #undef'd below, and changed. */
#define __pad_to(n) char pad[(n) + 4]
struct api_rec { __pad_to(0); };
#undef __pad_to

/* Where it is expanded: no value of its own (OpenSSL's OPENSSL_LINE). */
#define API_HERE __LINE__
#define API_TICKET (__COUNTER__ + 1)

#endif
