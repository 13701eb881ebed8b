/* SPDX-License-Identifier: MIT */
/* Operations of a made-up interface, with a bound, a count and a mask. */
#define PAT_OP_read  0
#define PAT_OP_write 1
#define PAT_OP_trim  2
#define PAT_OP_MAX   PAT_OP_trim

enum pat_kind { PAT_KIND_PLAIN, PAT_KIND_FANCY, PAT_KIND_SHY, PAT_KIND_COUNT };

#define _PAT_F_sync  0
#define PAT_F_sync   (1 << _PAT_F_sync)
#define _PAT_F_fast  1
#define PAT_F_fast   (1 << _PAT_F_fast)
#define PAT_F_mask   (PAT_F_sync | PAT_F_fast)

/* Nothing is added below this limit: its growth is a real change. */
#define PAT_LIMIT_MAX 16

/* Linux counts an enum with a macro: IFLA_HSR_MAX is (__IFLA_HSR_MAX - 1). */
enum {
	PAT_ATTR_UNSPEC,
	PAT_ATTR_NAME,
	PAT_ATTR_COLOR,
	__PAT_ATTR_MAX,
};
#define PAT_ATTR_MAX (__PAT_ATTR_MAX - 1)
