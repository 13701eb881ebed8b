#ifndef INNER_UTIL_H
#define INNER_UTIL_H
#include <inner/base.h>
inner_id inner_next(inner_id id);
#endif
