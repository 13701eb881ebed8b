/* Fixture: a library's header naming its own version the ways zlib and
 * Linux do, and one macro that is part of its ABI. */
#define MYLIB_VERSION "1.3.1"
#define MYLIB_VERNUM 0x1310
#define MYLIB_VER_MINOR 3
#define MYLIB_VERSION_CODE 393472
#define MYLIB_BUFFER_SIZE 8192
/* As OpenSSL names its release date. */
#define MYLIB_RELEASE_DATE "25 Aug 2026"
