/* Fixture: after; the second handle type is gone. */
#include <stdint.h>

typedef uint16_t domid_t;
