/* Fixture: Latin-1, not UTF-8: café, naïve. */
#define LATIN1_LEVEL 1 /* ÿþ bytes that are not UTF-8 */

struct latin1 {
    int a; /* € */
};
