/* SPDX-License-Identifier: MIT */
/* Trace events and access modes of a made-up interface. */
#define PAT_TRC_BASE      0x100
#define PAT_TRC_ENTER     (PAT_TRC_BASE + 1)
#define PAT_TRC_EXIT      (PAT_TRC_BASE + 2)

typedef enum {
    PAT_access_r,
    PAT_access_rw,
    /* Take the default */
    PAT_access_default
} pat_access_t;
