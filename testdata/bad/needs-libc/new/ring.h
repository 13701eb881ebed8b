/* Fixture: a header that needs the C library, which freestanding parsing
 * does not provide: it parses on neither side. */
#include <stdio.h>

struct ring_debug {
    FILE *log;
    unsigned int level;
};
