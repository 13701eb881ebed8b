/* Fixture: record layouts and macro values the front end must get right. */
#ifndef LAYOUT_H
#define LAYOUT_H

#include <stdint.h>

/* Anonymous members are flattened into their parent with their offsets;
 * a named member of anonymous type gets dotted field names. */
struct event {
    uint32_t kind;             /* what happened */
    union {                    /* anonymous: fields appear directly */
        uint32_t code;
        uint64_t address;
    };
    struct {
        uint16_t lo, hi;
    } range;                   /* named: range.lo, range.hi */
    unsigned int urgent : 1;   /* bit-fields keep their width */
    unsigned int level  : 3;
    unsigned long cookie;      /* 32 bits on x86_32, 64 on x86_64 */
    uint8_t payload[];         /* flexible array: no size */
};

/* A struct defined inside another is a file-scope type in C. */
struct outer {
    struct inner { int a; } in;
    int b;
};

typedef struct {
    uint64_t when;
} stamp_t;                     /* the typedef names the struct */

enum signed_values { NEG = -1, ZERO = 0, BIG = 0x7fffffff };
enum unsigned_values { HIGH = 0x80000000u, HIGHER };

#define INT_MACRO        42          /* plain int */
#define NEG_MACRO        (-5)
#define ULL_MACRO        (1ULL << 40)
#define CHAR_MACRO       'x'
#define SIZE_MACRO       sizeof(struct event)
#define ENUM_MACRO       HIGH
#define STRING_MACRO     "not an integer"
#define FUNC_MACRO(x)    ((x) * 2)
#define TYPE_MACRO       unsigned long

int do_something(struct event *e, const char *why);
extern stamp_t last_stamp;

#endif
