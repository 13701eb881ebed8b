/* Fixture: the core header; the arches it has ports for. */
#ifndef FIXTURE_XEN_H
#define FIXTURE_XEN_H

#include "xen-compat.h"

#if defined(__i386__) || defined(__x86_64__)
#include "arch-x86/xen.h"
#elif defined(__riscv)
#include "arch-riscv.h"
#elif defined(__powerpc64__)
#include "arch-ppc.h"
#else
#error "Unsupported architecture"
#endif

/* Seen by every arch that has a port. */
struct xen_vcpu_info {
    uint32_t evtchn_pending;
    xen_ulong_t evtchn_mask;
    uint64_aligned_t time;
};

#endif
