/* SPDX-License-Identifier: MIT */
/* List of owned strings (see strvec.h). */
#include <stdlib.h>

#include "alloc.h"
#include "strvec.h"

void xabi_strvec_push_nodup(struct xabi_strvec *v, char *s)
{
	xabi_vec_grow((void **)&v->items, &v->cap, v->n + 2, sizeof(*v->items));
	v->items[v->n++] = s;
	v->items[v->n] = NULL;
}

void xabi_strvec_push(struct xabi_strvec *v, const char *s)
{
	xabi_strvec_push_nodup(v, xabi_xstrdup(s));
}

void xabi_strvec_clear(struct xabi_strvec *v)
{
	for (size_t i = 0; i < v->n; i++)
		free(v->items[i]);
	free(v->items);
	v->items = NULL;
	v->n = v->cap = 0;
}
