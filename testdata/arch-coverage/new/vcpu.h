/* Fixture: a header built on xen.h's per-arch types; where xen.h refuses
 * the arch (arm64, arm32), it is refused with it, not failed; where xen.h
 * fails (old ppc64 guests), its records would read broken types. */
#ifndef FIXTURE_VCPU_H
#define FIXTURE_VCPU_H

#include "xen.h"

struct vcpu_register_info {
    xen_ulong_t mfn;
    uint32_t offset;
    struct xen_vcpu_info info;
};

#endif
