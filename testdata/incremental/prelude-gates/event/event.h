/* Fixture: reads MAX_VCPUS, which the prelude raises at 0x00040400. */
#ifndef FIXTURE_EVENT_H
#define FIXTURE_EVENT_H

#include "xen.h"

struct evt_vcpus {
    uint32_t pending[MAX_VCPUS];
    uint32_t masked;
};

#endif
