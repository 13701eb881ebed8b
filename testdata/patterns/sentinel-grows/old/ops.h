/* SPDX-License-Identifier: MIT */
/* Operations of a made-up interface, with a bound, a count and a mask. */
#define PAT_OP_read  0
#define PAT_OP_write 1
#define PAT_OP_MAX   PAT_OP_write

enum pat_kind { PAT_KIND_PLAIN, PAT_KIND_FANCY, PAT_KIND_COUNT };

#define _PAT_F_sync  0
#define PAT_F_sync   (1 << _PAT_F_sync)
#define PAT_F_mask   (PAT_F_sync)

/* Nothing is added below this limit: its growth is a real change. */
#define PAT_LIMIT_MAX 8

/* Linux counts an enum with a macro: IFLA_HSR_MAX is (__IFLA_HSR_MAX - 1). */
enum {
	PAT_ATTR_UNSPEC,
	PAT_ATTR_NAME,
	__PAT_ATTR_MAX,
};
#define PAT_ATTR_MAX (__PAT_ATTR_MAX - 1)
