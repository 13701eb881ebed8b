/* Fixture: tags without names, which every LLVM version spells its own way. */
#ifndef ANON_H
#define ANON_H

#include <stdint.h>

/* A named union member of anonymous type, holding anonymous structs by
 * name: fields read "u.v.weight", types "struct (anonymous)". */
struct sched_op {
    uint32_t cmd;
    union {
        struct {
            uint16_t weight;
            uint16_t cap;
        } v;
        struct {
            union {            /* anonymous inside anonymous */
                uint32_t slice;
                uint32_t budget;
            };
        } rt;
    } u;
};

typedef enum { MODE_OFF, MODE_ON } mode_t;   /* a typedef names the enum */
typedef union { uint32_t raw; float f; } word_t;
typedef struct { int w; } *handle_t;         /* the typedef names a pointer */

struct holder {
    enum { KIND_A, KIND_B } kind;            /* anonymous enum, named member */
    struct { uint8_t b; } cells[2];          /* array of anonymous struct */
    void (*visit)(struct { int z; } *);      /* parameter of anonymous type */
    mode_t mode;
    word_t word;
};

enum { LOOSE_A = 1, LOOSE_B = 2 };          /* no name at all */

#endif
