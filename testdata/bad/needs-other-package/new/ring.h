/* Fixture: a header that needs another package's header, which this
 * package does not ship: it parses on neither side. */
#include <stdio.h>
#include <logkit/log.h>

struct ring_debug {
    FILE *log;
    unsigned int level;
};
