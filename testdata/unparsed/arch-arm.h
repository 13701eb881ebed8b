/* Fixture: Arm types; the same layout on 32 and 64 bits. */
#ifndef FIXTURE_ARCH_ARM_H
#define FIXTURE_ARCH_ARM_H

typedef uint64_t xen_pfn_t;
typedef uint64_t xen_ulong_t;

struct arch_vcpu_info {
    uint64_t pad;
};

#endif
