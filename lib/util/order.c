/* SPDX-License-Identifier: MIT */
/* The qsort() orders every room sorts by (see order.h). */
#include <stdint.h>
#include <string.h>

#include "order.h"

int xabi_order_strings(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int xabi_order_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}
