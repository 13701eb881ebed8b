/* Fixture: a plain C library header with its own API-version macro. */
#ifndef MYLIB_H
#define MYLIB_H

#ifndef MYLIB_API_VERSION
#define MYLIB_API_VERSION 2
#endif

struct mylib_options {
    int verbose;
#if MYLIB_API_VERSION >= 2
    int retries;      /* added in API 2 */
#endif
};

enum mylib_mode {
    MYLIB_FAST,
    MYLIB_SAFE,
#if MYLIB_API_VERSION >= 3
    MYLIB_PARANOID,   /* added in API 3 */
#endif
};

int mylib_run(const struct mylib_options *opts, enum mylib_mode mode);

#endif
