/* Fixture: a header that parses on both sides. */
#include <stdint.h>

typedef uint32_t evtchn_port_t;
