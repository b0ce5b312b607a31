/* The opcode table's consistency: what every reader of opcodes.def relies
 * on. */
#include <stdio.h>
#include <string.h>

#include "compile/opcodes.h"

static int passed, failed;
#define CHECK(cond, ...) do { if (cond) passed++; else { failed++; \
    printf("FAIL: " __VA_ARGS__); printf("\n"); } } while (0)

int main(void)
{
    CHECK(OP__COUNT <= 256, "%d opcodes do not fit in a byte", (int)OP__COUNT);
    for (int i = 0; i < OP__COUNT; i++) {
        const op_info *o = &op_table[i];
        CHECK(o->name && o->name[0], "opcode %d has no name", i);
        int unique = 1;
        for (int j = 0; j < i; j++)
            if (!strcmp(o->name, op_table[j].name)) unique = 0;
        CHECK(unique, "%s defined twice", o->name);
        /* jump instructions and jump arguments go together */
        CHECK(((o->flags & OPF_JUMP) != 0) == (o->arg == OPA_JUMP),
              "%s: JUMP flag and argument kind disagree", o->name);
        /* stack effects are non-negative for any plausible argument, and
         * only jumps have a jump path */
        static const uint32_t args[] = { 0, 1, 2, 3, 7, 255, 256 + 3, 65535 };
        int effects_ok = 1;
        for (size_t k = 0; k < sizeof args / sizeof *args; k++) {
            int pop, push;
            int r = op_stack_effect((op_code)i, args[k], 0, &pop, &push);
            if (r != 0 || pop < 0 || push < 0) effects_ok = 0;
            r = op_stack_effect((op_code)i, args[k], 1, &pop, &push);
            if (o->flags & OPF_JUMP) {
                if (r != 0 || pop < 0 || push < 0) effects_ok = 0;
            } else if (r != -1) {
                effects_ok = 0;
            }
        }
        CHECK(effects_ok, "%s: bad stack effect", o->name);
    }
    /* a few effects spelled out, to catch a slip in the table */
    int pop, push;
    op_stack_effect(OP_CALL, 3, 0, &pop, &push);
    CHECK(pop == 5 && push == 1, "CALL 3 takes callable, self, 3 args");
    op_stack_effect(OP_BUILD_MAP, 2, 0, &pop, &push);
    CHECK(pop == 4 && push == 1, "BUILD_MAP 2 takes 2 pairs");
    op_stack_effect(OP_UNPACK_EX, 1 | (2 << 8), 0, &pop, &push);
    CHECK(pop == 1 && push == 4, "UNPACK_EX a, *b, c, d leaves 4");
    op_stack_effect(OP_FOR_ITER, 10, 1, &pop, &push);
    CHECK(pop == 1 && push == 0, "FOR_ITER's exit pops the iterator");
    op_stack_effect(OP_LOAD_ATTR, (5 << 1) | 1, 0, &pop, &push);
    CHECK(pop == 1 && push == 2, "a method load leaves method and self");
    op_stack_effect(OP_SEND, 4, 1, &pop, &push);
    CHECK(pop == 2 && push == 2, "SEND's exit keeps receiver and result (END_SEND pops)");
    op_stack_effect(OP_END_SEND, 0, 0, &pop, &push);
    CHECK(pop == 2 && push == 1, "END_SEND drops the receiver");
    CHECK(op_intrinsic1_name(INTRINSIC_LIST_TO_TUPLE) && INTRINSIC_LIST_TO_TUPLE == 6 &&
          INTRINSIC_PREP_RERAISE_STAR == 1, "intrinsic numbers are CPython's");
    CHECK(op_stack_effect(OP__COUNT, 0, 0, &pop, &push) == -1, "unknown opcode refused");
    CHECK(!strcmp(op_binop_symbol(OPB_INPLACE_FLOOR_DIVIDE), "//="), "binop symbols");
    CHECK(!strcmp(op_cmp_symbol(OPC_GE), ">="), "cmp symbols");
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
