/* Fixture: a header the profile skips (sys/*: not parsed on its own), new
 * in the patch; hvm/hvm_op.h includes it, so it is read there. */
#ifndef FIXTURE_SYS_HELPER_H
#define FIXTURE_SYS_HELPER_H

struct sys_helper {
    uint32_t flags;
};

#endif
