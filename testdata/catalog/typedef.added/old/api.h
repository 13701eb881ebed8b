/* Fixture: before; one handle type. */
#include <stdint.h>

typedef uint16_t domid_t;
