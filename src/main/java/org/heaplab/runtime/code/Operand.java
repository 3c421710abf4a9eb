package org.heaplab.runtime.code;

/**
 * The kinds of operand an instruction takes ({@link Op} lists each opcode's), with the
 * encodings of the typed ones: integer type codes ({@link #tk}), load kinds ({@link #LD_U8} ...)
 * and store sizes.
 */
public enum Operand {
    /** A register the instruction writes. */
    DEF,
    /** A register written, or -1 for none (a call whose result is void or goes to memory). */
    OPT_DEF,
    /** A register the instruction reads. */
    REG,
    /** A register read, or -1 for none (a call's result address when there is none). */
    OPT_REG,
    /** An index into the function's constants. */
    K,
    /** A signed 32-bit immediate: an offset, a length, a byte, a shift, a message or enum id. */
    IMM,
    /** An integer type code ({@link #tk}): how arithmetic wraps, checks and normalizes. */
    TYPE,
    /** A load kind ({@link #LD_U8} ...): how a load widens its bytes. */
    LOAD,
    /** A store's size: 1 to 8 bytes, or -4 for an f32 rounded from the register's double. */
    SIZE,
    /** A code position in the same function. */
    LABEL,
    /** A function's index in the program. */
    FN,
    /** A statement's index in the function's statements. */
    STMT,
    /** A count n followed by n registers read: a call's arguments. Always last. */
    ARGS;

    /** Whether the operand names a register (that the instruction reads or writes). */
    public boolean isRegister() { return this == DEF || this == OPT_DEF || this == REG || this == OPT_REG; }

    // ------------------------------------------------------------------ type codes

    /** The type code of an integer type: its width in bits, and whether it is signed. */
    public static int tk(int bits, boolean signed) { return bits | (signed ? 0x100 : 0); }

    public static int bits(int tk) { return tk & 0xFF; }

    public static boolean signed(int tk) { return (tk & 0x100) != 0; }

    /** u64 (and usize, pointers): the type code of plain 64-bit address arithmetic. */
    public static final int U64 = 64;

    // ------------------------------------------------------------------ load kinds

    public static final int LD_U8 = 0, LD_S8 = 1, LD_U16 = 2, LD_S16 = 3, LD_U32 = 4, LD_S32 = 5, LD_64 = 6, LD_F32 = 7, LD_U1 = 8, LD_F16 = 9;
}
