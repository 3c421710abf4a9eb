package org.heaplab.runtime.code;

/**
 * The operation numbers of the wide-integer instructions ({@link Op#WOP} and its kin): integers
 * of 65 to 128 bits do not fit a register, so they live in memory and these instructions take
 * their addresses, with one of these numbers saying what to compute.
 */
public final class WideOp {
    private WideOp() {}

    // WOP: dst = a op b
    public static final int ADD = 0, SUB = 1, MUL = 2, ADDW = 3, SUBW = 4, MULW = 5, ADDS = 6, SUBS = 7, MULS = 8,
            DIVT = 9, DIVF = 10, DIVX = 11, REM = 12, MOD = 13, AND = 14, OR = 15, XOR = 16, MIN = 17, MAX = 18;
    // WSHIFT: dst = a op amount (a register)
    public static final int SHL = 0, SHLS = 1, SHR = 2, SHLX = 3, SHRX = 4, ROTL = 5, ROTR = 6;
    // WUN: dst = op a
    public static final int NOT = 0, NEG = 1, NEGW = 2, ABS = 3, BSWAP = 4, BITREV = 5;
    // WBITS: register = op a
    public static final int CTZ = 0, CLZ = 1, POPCNT = 2;
    // WCMP: register = a op b
    public static final int EQ = 0, NE = 1, LT = 2, LE = 3, GT = 4, GE = 5;
    // casts: checked (@intCast) or wrapping (@truncate, @bitCast)
    public static final int CHECKED = 0, WRAP = 1;
}
