/* Fixture: before; two handle types. */
#include <stdint.h>

typedef uint16_t domid_t;
typedef uint32_t evtchn_port_t;
