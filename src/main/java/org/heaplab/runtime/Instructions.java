package org.heaplab.runtime;

import java.nio.charset.StandardCharsets;
import org.heaplab.lang.types.EnumType;
import org.heaplab.memory.ByteState;
import org.heaplab.runtime.code.Op;

/**
 * The VM's less frequent instructions, kept out of the dispatch loop so that loop stays small
 * enough for the JIT to compile.
 */
final class Instructions {
    private Instructions() {}

    private static final ByteState[] STATES = ByteState.values();

    /** Executes the instruction at {@code pc} and returns the next pc. */
    static int rare(Vm vm, Frame f, int[] code, long[] r, int pc) {
        var mem = vm.mem;
        int op = code[pc] & Op.OPCODE;
        switch (op) {
            case Op.LDRES -> {
                r[code[pc + 1]] = f.resultAddr;
                return pc + 2;
            }
            case Op.COPY -> {
                mem.copy(r[code[pc + 1]], r[code[pc + 2]], code[pc + 3]);
                return pc + 4;
            }
            case Op.COPYR -> {
                mem.copy(r[code[pc + 1]], r[code[pc + 2]], r[code[pc + 3]]);
                return pc + 4;
            }
            case Op.FILL -> {
                mem.fill(r[code[pc + 1]], code[pc + 2], (byte) code[pc + 3], STATES[code[pc + 4]]);
                return pc + 5;
            }
            case Op.FILLR -> {
                mem.fill(r[code[pc + 1]], r[code[pc + 2]], (byte) code[pc + 3], STATES[code[pc + 4]]);
                return pc + 5;
            }
            case Op.SETELEMS, Op.SETELEMSM -> {
                long dst = r[code[pc + 1]];
                long count = r[code[pc + 2]];
                int es = code[pc + 3];
                if (count <= 0) return pc + 5;
                int size = Math.abs(es);
                if (op == Op.SETELEMS) {
                    if (size == 1) {
                        mem.fill(dst, count, (byte) r[code[pc + 4]], ByteState.DEFINED);
                        return pc + 5;
                    }
                    vm.store(dst, es, r[code[pc + 4]]);
                } else {
                    mem.copy(dst, r[code[pc + 4]], size);
                }
                long done = 1;
                while (done < count) {
                    long n = Math.min(done, count - done);
                    mem.copy(dst + done * size, dst, n * size);
                    done += n;
                }
                return pc + 5;
            }
            case Op.ADDS, Op.SUBS, Op.MULS -> {
                int kind = op == Op.ADDS ? 0 : op == Op.SUBS ? 1 : 2;
                r[code[pc + 1]] = Ints.saturate(r[code[pc + 2]], r[code[pc + 3]], code[pc + 4], kind);
                return pc + 5;
            }
            case Op.DIVT, Op.DIVF, Op.DIVX -> {
                int mode = op == Op.DIVT ? 0 : op == Op.DIVF ? 1 : 2;
                r[code[pc + 1]] = Ints.div(r[code[pc + 2]], r[code[pc + 3]], code[pc + 4], mode);
                return pc + 5;
            }
            case Op.REM, Op.MOD -> {
                r[code[pc + 1]] = Ints.rem(r[code[pc + 2]], r[code[pc + 3]], code[pc + 4], op == Op.MOD);
                return pc + 5;
            }
            case Op.SHL -> {
                r[code[pc + 1]] = Ints.shl(r[code[pc + 2]], r[code[pc + 3]], code[pc + 4]);
                return pc + 5;
            }
            case Op.SHLS -> {
                r[code[pc + 1]] = Ints.shlSat(r[code[pc + 2]], r[code[pc + 3]], code[pc + 4]);
                return pc + 5;
            }
            case Op.SHR -> {
                r[code[pc + 1]] = Ints.shr(r[code[pc + 2]], r[code[pc + 3]], code[pc + 4]);
                return pc + 5;
            }
            case Op.NOT -> {
                r[code[pc + 1]] = Ints.norm(~r[code[pc + 2]], code[pc + 3]);
                return pc + 4;
            }
            case Op.BNOT -> {
                r[code[pc + 1]] = r[code[pc + 2]] ^ 1;
                return pc + 3;
            }
            case Op.NEG -> {
                r[code[pc + 1]] = Ints.sub(0, r[code[pc + 2]], code[pc + 3]);
                return pc + 4;
            }
            case Op.NEGW -> {
                r[code[pc + 1]] = Ints.norm(-r[code[pc + 2]], code[pc + 3]);
                return pc + 4;
            }
            case Op.MIN, Op.MAX -> {
                long a = r[code[pc + 2]];
                long b = r[code[pc + 3]];
                int c = Ints.compare(a, b, code[pc + 4]);
                r[code[pc + 1]] = (op == Op.MIN) == (c <= 0) ? a : b;
                return pc + 5;
            }
            case Op.ADDK -> {
                r[code[pc + 1]] = Ints.add(r[code[pc + 2]], code[pc + 3], code[pc + 4]);
                return pc + 5;
            }
            case Op.FADD, Op.FSUB, Op.FMUL, Op.FDIV, Op.FREM, Op.FMOD, Op.FMIN, Op.FMAX -> {
                double a = Double.longBitsToDouble(r[code[pc + 2]]);
                double b = Double.longBitsToDouble(r[code[pc + 3]]);
                double v = switch (op) {
                    case Op.FADD -> a + b;
                    case Op.FSUB -> a - b;
                    case Op.FMUL -> a * b;
                    case Op.FDIV -> a / b;
                    case Op.FREM -> a % b;
                    case Op.FMOD -> a - b * Math.floor(a / b);
                    case Op.FMIN -> Math.min(a, b);
                    default -> Math.max(a, b);
                };
                r[code[pc + 1]] = floatBits(v, code[pc + 4]);
                return pc + 5;
            }
            case Op.FNEG -> {
                r[code[pc + 1]] = r[code[pc + 2]] ^ Long.MIN_VALUE;
                return pc + 3;
            }
            case Op.LES, Op.LEU, Op.GTS, Op.GTU, Op.GES, Op.GEU -> {
                long a = r[code[pc + 2]];
                long b = r[code[pc + 3]];
                boolean v = switch (op) {
                    case Op.LES -> a <= b;
                    case Op.LEU -> Long.compareUnsigned(a, b) <= 0;
                    case Op.GTS -> a > b;
                    case Op.GTU -> Long.compareUnsigned(a, b) > 0;
                    case Op.GES -> a >= b;
                    default -> Long.compareUnsigned(a, b) >= 0;
                };
                r[code[pc + 1]] = v ? 1 : 0;
                return pc + 4;
            }
            case Op.FEQ, Op.FNE, Op.FLT, Op.FLE, Op.FGT, Op.FGE -> {
                double a = Double.longBitsToDouble(r[code[pc + 2]]);
                double b = Double.longBitsToDouble(r[code[pc + 3]]);
                boolean v = switch (op) {
                    case Op.FEQ -> a == b;
                    case Op.FNE -> a != b;
                    case Op.FLT -> a < b;
                    case Op.FLE -> a <= b;
                    case Op.FGT -> a > b;
                    default -> a >= b;
                };
                r[code[pc + 1]] = v ? 1 : 0;
                return pc + 4;
            }
            case Op.INTCAST -> {
                r[code[pc + 1]] = Ints.intCast(r[code[pc + 2]], code[pc + 3], code[pc + 4]);
                return pc + 5;
            }
            case Op.TRUNC -> {
                r[code[pc + 1]] = Ints.norm(r[code[pc + 2]], code[pc + 3]);
                return pc + 4;
            }
            case Op.I2F -> {
                long v = r[code[pc + 2]];
                int tk = code[pc + 3];
                double d = (tk & 0x100) != 0 || (tk & 0xFF) < 64 || v >= 0 ? (double) v : unsignedToDouble(v);
                r[code[pc + 1]] = floatBits(d, code[pc + 4]);
                return pc + 5;
            }
            case Op.F2I -> {
                double d = Double.longBitsToDouble(r[code[pc + 2]]);
                int tk = code[pc + 3];
                double t = d < 0 ? Math.ceil(d) : Math.floor(d);
                if (Double.isNaN(d) || t < (double) Ints.min(tk) || ((tk & 0x100) != 0 || (tk & 0xFF) < 64) && t > (double) Ints.max(tk)
                        || (tk & 0x100) == 0 && (tk & 0xFF) >= 64 && t >= 18446744073709551616.0) {
                    throw new ZigPanic("integer part of floating point value out of bounds");
                }
                r[code[pc + 1]] = (tk & 0x100) == 0 && t >= 9.223372036854775807E18 ? (long) (t - 9.223372036854775808E18) + Long.MIN_VALUE : (long) t;
                return pc + 4;
            }
            case Op.FCAST -> {
                r[code[pc + 1]] = floatBits(Double.longBitsToDouble(r[code[pc + 2]]), code[pc + 3]);
                return pc + 4;
            }
            case Op.BITS2F -> {
                long v = r[code[pc + 2]];
                r[code[pc + 1]] = code[pc + 3] == 32 ? Double.doubleToRawLongBits(Float.intBitsToFloat((int) v)) : v;
                return pc + 4;
            }
            case Op.F2BITS -> {
                long v = r[code[pc + 2]];
                r[code[pc + 1]] = code[pc + 3] == 32 ? Float.floatToRawIntBits((float) Double.longBitsToDouble(v)) & 0xFFFF_FFFFL : v;
                return pc + 4;
            }
            case Op.ALIGNCHK -> {
                if ((r[code[pc + 1]] & (code[pc + 2] - 1)) != 0) throw new ZigPanic("incorrect alignment");
                return pc + 3;
            }
            case Op.ENUMCHK -> {
                EnumType et = vm.image.enums.get(code[pc + 2]);
                if (et.indexOfValue(java.math.BigInteger.valueOf(r[code[pc + 1]])) < 0) throw new ZigPanic("invalid enum value");
                return pc + 3;
            }
            case Op.NONNULL -> {
                if (r[code[pc + 1]] == 0) throw new ZigPanic("cast causes pointer to be null");
                return pc + 2;
            }
            case Op.SLICECHK -> {
                long start = r[code[pc + 1]];
                long end = r[code[pc + 2]];
                long len = r[code[pc + 3]];
                if (Long.compareUnsigned(start, end) > 0) {
                    throw new ZigPanic("start index " + Long.toUnsignedString(start) + " is larger than end index " + Long.toUnsignedString(end));
                }
                if (len != -1 && Long.compareUnsigned(end, len) > 0) {
                    throw new ZigPanic("index out of bounds: index " + Long.toUnsignedString(end) + ", len " + Long.toUnsignedString(len));
                }
                return pc + 4;
            }
            case Op.NULLCHK -> {
                if (r[code[pc + 1]] == 0) throw new ZigPanic("attempt to use null value");
                return pc + 2;
            }
            case Op.UNREACH -> throw new ZigPanic("reached unreachable code");
            case Op.PANIC -> throw new ZigPanic(vm.image.panicMessages.get(code[pc + 1]));
            case Op.PANICR -> {
                long ptr = r[code[pc + 1]];
                long len = r[code[pc + 2]];
                byte[] msg = mem.readBytes(ptr, (int) Math.min(len, 1 << 16));
                throw new ZigPanic(new String(msg, StandardCharsets.UTF_8));
            }
            case Op.LENEQ -> {
                if (r[code[pc + 1]] != r[code[pc + 2]]) throw new ZigPanic(vm.image.panicMessages.get(code[pc + 3]));
                return pc + 4;
            }
            case Op.NOALIAS -> {
                long a = r[code[pc + 1]];
                long b = r[code[pc + 2]];
                long n = r[code[pc + 3]];
                if (n > 0 && a < b + n && b < a + n) throw new ZigPanic("@memcpy arguments alias");
                return pc + 4;
            }
            case Op.ERRTRACE -> {
                vm.pushErrorTrace(f, pc);
                return pc + 1;
            }
            case Op.ERRSAVE -> {
                r[code[pc + 1]] = vm.errorTraceLength();
                return pc + 2;
            }
            case Op.ERRRESTORE -> {
                vm.restoreErrorTrace((int) r[code[pc + 1]]);
                return pc + 2;
            }
            case Op.RETADDR -> {
                r[code[pc + 1]] = vm.returnAddress(f);
                return pc + 2;
            }
            case Op.ERRNAME -> {
                r[code[pc + 1]] = vm.image.errorNameTable() + 16 * r[code[pc + 2]];
                return pc + 3;
            }
            case Op.TAGNAME -> {
                int id = code[pc + 3];
                EnumType et = vm.image.enums.get(id);
                int i = et.indexOfValue(java.math.BigInteger.valueOf(r[code[pc + 2]]));
                if (i < 0) throw new ZigPanic("invalid enum value");
                r[code[pc + 1]] = vm.image.tagNameTables.get(id) + 16L * i;
                return pc + 4;
            }
            case Op.OVF -> {
                long[] v = Ints.withOverflow(r[code[pc + 3]], r[code[pc + 4]], code[pc + 5], code[pc + 6]);
                r[code[pc + 1]] = v[0];
                r[code[pc + 2]] = v[1];
                return pc + 7;
            }
            case Op.CTZ, Op.CLZ, Op.POPCNT, Op.ABS -> {
                long a = r[code[pc + 2]];
                int tk = code[pc + 3];
                int bits = tk & 0xFF;
                long u = bits >= 64 ? a : a & ((1L << bits) - 1);
                long v = switch (op) {
                    case Op.CTZ -> u == 0 ? bits : Long.numberOfTrailingZeros(u);
                    case Op.CLZ -> Long.numberOfLeadingZeros(u) - (64 - bits);
                    case Op.POPCNT -> Long.bitCount(u);
                    default -> Math.abs(a);
                };
                r[code[pc + 1]] = v;
                return pc + 4;
            }
            case Op.ROTL, Op.ROTR -> {
                long a = r[code[pc + 2]];
                long b = r[code[pc + 3]];
                r[code[pc + 1]] = op == Op.ROTL ? Ints.rotl(a, b, code[pc + 4]) : Ints.rotr(a, b, code[pc + 4]);
                return pc + 5;
            }
            case Op.MULHI -> {
                r[code[pc + 1]] = Ints.mulHi(r[code[pc + 2]], r[code[pc + 3]], code[pc + 4]);
                return pc + 5;
            }
            case Op.BREAKPOINT -> {
                return pc + 1;
            }
            default -> throw new IllegalStateException("unknown instruction " + Op.name(op) + " at " + pc + " in " + f.fn.name());
        }
    }

    static long floatBits(double v, int fbits) {
        return Double.doubleToRawLongBits(fbits == 32 ? (double) (float) v : v);
    }

    private static double unsignedToDouble(long v) {
        double d = (double) (v >>> 1);
        return d * 2.0 + (v & 1);
    }
}
