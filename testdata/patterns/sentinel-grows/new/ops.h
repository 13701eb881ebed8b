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
