package org.heaplab.runtime;

import java.math.BigInteger;
import org.heaplab.memory.AddressSpace;
import org.heaplab.runtime.code.Op;
import org.heaplab.runtime.code.WideOp;

/**
 * Integers of 65 to 128 bits at run time. They live in memory (16 bytes, little-endian, the
 * value sign- or zero-extended over all 128 bits) and the wide instructions ({@link Op#WOP} ...)
 * take their addresses. The arithmetic is done on BigIntegers and brought back into the type's
 * range the way {@link Ints} does it for registers: wrapping, saturating, or Zig's panic.
 */
final class Wide {
    private Wide() {}

    private static final BigInteger TWO64 = BigInteger.ONE.shiftLeft(64);

    static int bits(int tk) { return tk & 0xFF; }

    static boolean signed(int tk) { return (tk & 0x100) != 0; }

    static BigInteger min(int tk) { return signed(tk) ? BigInteger.ONE.shiftLeft(bits(tk) - 1).negate() : BigInteger.ZERO; }

    static BigInteger max(int tk) {
        return (signed(tk) ? BigInteger.ONE.shiftLeft(bits(tk) - 1) : BigInteger.ONE.shiftLeft(bits(tk))).subtract(BigInteger.ONE);
    }

    static boolean fits(BigInteger v, int tk) { return v.compareTo(min(tk)) >= 0 && v.compareTo(max(tk)) <= 0; }

    /** The value wrapped into the type's range (two's complement). */
    static BigInteger wrap(BigInteger v, int tk) {
        int b = bits(tk);
        BigInteger m = v.and(BigInteger.ONE.shiftLeft(b).subtract(BigInteger.ONE));
        if (signed(tk) && m.testBit(b - 1)) m = m.subtract(BigInteger.ONE.shiftLeft(b));
        return m;
    }

    static BigInteger checked(BigInteger v, int tk) {
        if (!fits(v, tk)) throw Ints.overflow();
        return v;
    }

    /** The value of a register integer of type {@code tk} (up to 64 bits, normalized). */
    static BigInteger ofRegister(long v, int tk) {
        if (signed(tk) || v >= 0) return BigInteger.valueOf(v);
        return BigInteger.valueOf(v).add(TWO64);
    }

    static BigInteger load(AddressSpace mem, long addr, int tk) {
        long lo = mem.load(addr, 8);
        long hi = mem.load(addr + 8, 8);
        BigInteger v = BigInteger.valueOf(hi).shiftLeft(64).or(BigInteger.valueOf(lo).and(TWO64.subtract(BigInteger.ONE)));
        return wrap(v, tk);
    }

    static void store(AddressSpace mem, long addr, BigInteger v) {
        mem.store(addr, 8, v.longValue());
        mem.store(addr + 8, 8, v.shiftRight(64).longValue());
    }

    /** Executes the wide instruction at {@code pc} and returns the next pc. */
    static int exec(Vm vm, Op op, int[] code, long[] r, int pc) {
        AddressSpace mem = vm.mem;
        switch (op) {
            case WOP -> {
                int tk = code[pc + 4];
                BigInteger a = load(mem, r[code[pc + 2]], tk);
                BigInteger b = load(mem, r[code[pc + 3]], tk);
                store(mem, r[code[pc + 1]], binary(a, b, tk, code[pc + 5]));
                return pc + 6;
            }
            case WSHIFT -> {
                int tk = code[pc + 4];
                BigInteger a = load(mem, r[code[pc + 2]], tk);
                store(mem, r[code[pc + 1]], shift(a, r[code[pc + 3]], tk, code[pc + 5]));
                return pc + 6;
            }
            case WUN -> {
                int tk = code[pc + 3];
                BigInteger a = load(mem, r[code[pc + 2]], tk);
                store(mem, r[code[pc + 1]], unary(a, tk, code[pc + 4]));
                return pc + 5;
            }
            case WBITS -> {
                int tk = code[pc + 3];
                int b = bits(tk);
                BigInteger u = load(mem, r[code[pc + 2]], tk & 0xFF);
                r[code[pc + 1]] = switch (code[pc + 4]) {
                    case WideOp.CTZ -> u.signum() == 0 ? b : u.getLowestSetBit();
                    case WideOp.CLZ -> b - u.bitLength();
                    default -> u.bitCount();
                };
                return pc + 5;
            }
            case WCMP -> {
                int tk = code[pc + 4];
                int c = load(mem, r[code[pc + 2]], tk).compareTo(load(mem, r[code[pc + 3]], tk));
                boolean v = switch (code[pc + 5]) {
                    case WideOp.EQ -> c == 0;
                    case WideOp.NE -> c != 0;
                    case WideOp.LT -> c < 0;
                    case WideOp.LE -> c <= 0;
                    case WideOp.GT -> c > 0;
                    default -> c >= 0;
                };
                r[code[pc + 1]] = v ? 1 : 0;
                return pc + 6;
            }
            case WEXT -> {
                BigInteger v = ofRegister(r[code[pc + 2]], code[pc + 3]);
                store(mem, r[code[pc + 1]], cast(v, code[pc + 3], code[pc + 4], code[pc + 5]));
                return pc + 6;
            }
            case WNARROW -> {
                BigInteger v = load(mem, r[code[pc + 2]], code[pc + 3]);
                r[code[pc + 1]] = cast(v, code[pc + 3], code[pc + 4], code[pc + 5]).longValue();
                return pc + 6;
            }
            case WRESIZE -> {
                BigInteger v = load(mem, r[code[pc + 2]], code[pc + 3]);
                store(mem, r[code[pc + 1]], cast(v, code[pc + 3], code[pc + 4], code[pc + 5]));
                return pc + 6;
            }
            case WI2F -> {
                double d = load(mem, r[code[pc + 2]], code[pc + 3]).doubleValue();
                r[code[pc + 1]] = Instructions.floatBits(d, code[pc + 4]);
                return pc + 5;
            }
            case WF2I -> {
                double d = Double.longBitsToDouble(r[code[pc + 2]]);
                int tk = code[pc + 3];
                if (Double.isNaN(d) || Double.isInfinite(d)) throw new ZigPanic("integer part of floating point value out of bounds");
                BigInteger v = new java.math.BigDecimal(d).toBigInteger();
                if (!fits(v, tk)) throw new ZigPanic("integer part of floating point value out of bounds");
                store(mem, r[code[pc + 1]], v);
                return pc + 4;
            }
            case WOVF -> {
                int tk = code[pc + 5];
                BigInteger a = load(mem, r[code[pc + 3]], tk);
                BigInteger full = switch (code[pc + 6]) {
                    case 0 -> a.add(load(mem, r[code[pc + 4]], tk));
                    case 1 -> a.subtract(load(mem, r[code[pc + 4]], tk));
                    case 2 -> a.multiply(load(mem, r[code[pc + 4]], tk));
                    default -> a.shiftLeft((int) r[code[pc + 4]]);
                };
                BigInteger w = wrap(full, tk);
                store(mem, r[code[pc + 1]], w);
                r[code[pc + 2]] = w.equals(full) ? 0 : 1;
                return pc + 7;
            }
            default -> throw new IllegalStateException("not a wide instruction: " + op);
        }
    }

    /** A cast between integer types, at least one of them wide: checked ({@code @intCast}) or wrapping. */
    static BigInteger cast(BigInteger v, int srcTk, int dstTk, int mode) {
        if (mode == WideOp.WRAP) return wrap(v, dstTk);
        if (v.signum() < 0 && !signed(dstTk) && !Ints.shrinks(srcTk, dstTk)) {
            throw new ZigPanic("attempt to cast negative value to unsigned integer");
        }
        if (!fits(v, dstTk)) throw new ZigPanic("integer cast truncated bits");
        return v;
    }

    static BigInteger binary(BigInteger a, BigInteger b, int tk, int op) {
        return switch (op) {
            case WideOp.ADD -> checked(a.add(b), tk);
            case WideOp.SUB -> checked(a.subtract(b), tk);
            case WideOp.MUL -> checked(a.multiply(b), tk);
            case WideOp.ADDW -> wrap(a.add(b), tk);
            case WideOp.SUBW -> wrap(a.subtract(b), tk);
            case WideOp.MULW -> wrap(a.multiply(b), tk);
            case WideOp.ADDS -> saturate(a.add(b), tk);
            case WideOp.SUBS -> saturate(a.subtract(b), tk);
            case WideOp.MULS -> saturate(a.multiply(b), tk);
            case WideOp.DIVT, WideOp.DIVF, WideOp.DIVX -> {
                if (b.signum() == 0) throw new ZigPanic("division by zero");
                BigInteger[] qr = a.divideAndRemainder(b);
                BigInteger q = qr[0];
                if (op == WideOp.DIVX && qr[1].signum() != 0) throw new ZigPanic("exact division produced remainder");
                if (op == WideOp.DIVF && qr[1].signum() != 0 && (qr[1].signum() != b.signum())) q = q.subtract(BigInteger.ONE);
                yield checked(q, tk);
            }
            case WideOp.REM, WideOp.MOD -> {
                if (b.signum() == 0) throw new ZigPanic("division by zero");
                BigInteger rem = a.remainder(b);
                // @mod's result takes the divisor's sign
                if (op == WideOp.MOD && rem.signum() != 0 && rem.signum() != b.signum()) rem = rem.add(b);
                yield rem;
            }
            case WideOp.AND -> a.and(b);
            case WideOp.OR -> a.or(b);
            case WideOp.XOR -> a.xor(b);
            case WideOp.MIN -> a.min(b);
            case WideOp.MAX -> a.max(b);
            default -> throw new IllegalStateException("wide op " + op);
        };
    }

    private static BigInteger saturate(BigInteger v, int tk) {
        if (v.compareTo(min(tk)) < 0) return min(tk);
        if (v.compareTo(max(tk)) > 0) return max(tk);
        return v;
    }

    static BigInteger shift(BigInteger a, long amount, int tk, int op) {
        int b = bits(tk);
        return switch (op) {
            case WideOp.SHL -> amount >= b || amount < 0 ? BigInteger.ZERO : wrap(a.shiftLeft((int) amount), tk);
            case WideOp.SHLS -> {
                if (amount >= b || amount < 0) yield a.signum() == 0 ? a : saturate(a.signum() < 0 ? min(tk).subtract(BigInteger.ONE) : max(tk).add(BigInteger.ONE), tk);
                yield saturate(a.shiftLeft((int) amount), tk);
            }
            case WideOp.SHLX -> {
                BigInteger full = a.shiftLeft((int) amount);
                if (!fits(full, tk)) throw new ZigPanic("left shift overflowed bits");
                yield full;
            }
            case WideOp.SHR -> amount >= b || amount < 0 ? (a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO) : a.shiftRight((int) amount);
            case WideOp.SHRX -> {
                BigInteger q = a.shiftRight((int) amount);
                if (!q.shiftLeft((int) amount).equals(a)) throw new ZigPanic("right shift overflowed bits");
                yield q;
            }
            default -> {
                BigInteger mask = BigInteger.ONE.shiftLeft(b).subtract(BigInteger.ONE);
                BigInteger u = a.and(mask);
                int s = (int) Long.remainderUnsigned(amount, b);
                if (op == WideOp.ROTR) s = (b - s) % b;
                yield wrap(u.shiftLeft(s).or(u.shiftRight(b - s)), tk);
            }
        };
    }

    static BigInteger unary(BigInteger a, int tk, int op) {
        return switch (op) {
            case WideOp.NOT -> wrap(a.not(), tk);
            case WideOp.NEG -> checked(a.negate(), tk);
            case WideOp.NEGW -> wrap(a.negate(), tk);
            case WideOp.ABS -> a.abs();
            default -> {
                int b = bits(tk);
                BigInteger u = a.and(BigInteger.ONE.shiftLeft(b).subtract(BigInteger.ONE));
                BigInteger out = BigInteger.ZERO;
                if (op == WideOp.BSWAP) {
                    for (int i = 0; i < b / 8; i++) {
                        out = out.shiftLeft(8).or(u.shiftRight(8 * i).and(BigInteger.valueOf(0xFF)));
                    }
                } else {
                    for (int i = 0; i < b; i++) if (u.testBit(i)) out = out.setBit(b - 1 - i);
                }
                yield wrap(out, tk);
            }
        };
    }
}
