/* Fixture: a library's header naming its own version the ways zlib and
 * Linux do, and one macro that is part of its ABI. */
#define MYLIB_VERSION "1.2.13"
#define MYLIB_VERNUM 0x12d0
#define MYLIB_VER_MINOR 2
#define MYLIB_VERSION_CODE 393404
#define MYLIB_BUFFER_SIZE 4096
/* As OpenSSL names its release date. */
#define MYLIB_RELEASE_DATE "7 Apr 2026"
