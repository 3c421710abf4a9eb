package org.heaplab.runtime;

import java.nio.charset.StandardCharsets;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.fp.FloatBits;
import org.heaplab.lang.types.fp.FloatFns;
import org.heaplab.memory.ByteState;
import org.heaplab.runtime.code.Op;

/**
 * The VM's less frequent instructions, kept out of the dispatch loop so that loop stays small
 * enough for the JIT to compile well.
 *
 * <p>{@link Handlers} decides which opcodes come here; an opcode sent here without a case is an
 * internal error ({@link MissingHandler}), which InstructionSetTest keeps from happening.
 */
final class Instructions {
    private static final FloatFns.Fn[] FLOAT_FNS = FloatFns.Fn.values();
    private Instructions() {}

    private static final ByteState[] STATES = ByteState.values();

    /** Executes the instruction at {@code pc} and returns the next pc. */
    static int rare(Vm vm, Frame f, int[] code, long[] r, int pc) {
        var mem = vm.mem;
        Op op = Op.of(code[pc]);
        return switch (op) {
            case LDRES -> {
                r[code[pc + 1]] = f.resultAddr;
                yield pc + 2;
            }
            case COPY -> {
                mem.copy(r[code[pc + 1]], r[code[pc + 2]], code[pc + 3]);
                yield pc + 4;
            }
            case COPYR -> {
                mem.copy(r[code[pc + 1]], r[code[pc + 2]], r[code[pc + 3]]);
                yield pc + 4;
            }
            case FILL -> {
                mem.fill(r[code[pc + 1]], code[pc + 2], (byte) code[pc + 3], STATES[code[pc + 4]]);
                yield pc + 5;
            }
            case FILLR -> {
                mem.fill(r[code[pc + 1]], r[code[pc + 2]], (byte) code[pc + 3], STATES[code[pc + 4]]);
                yield pc + 5;
            }
            case SETELEMS, SETELEMSM -> {
                long dst = r[code[pc + 1]];
                long count = r[code[pc + 2]];
                int es = code[pc + 3];
                if (count <= 0) yield pc + 5;
                int size = Math.abs(es);
                if (op == Op.SETELEMS) {
                    if (size == 1) {
                        mem.fill(dst, count, (byte) r[code[pc + 4]], ByteState.DEFINED);
                        yield pc + 5;
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
                yield pc + 5;
            }
            case ADDS, SUBS, MULS -> {
                int kind = op == Op.ADDS ? 0 : op == Op.SUBS ? 1 : 2;
                r[code[pc + 1]] = Ints.saturate(r[code[pc + 2]], r[code[pc + 3]], code[pc + 4], kind);
                yield pc + 5;
            }
            case DIVT, DIVF, DIVX -> {
                int mode = op == Op.DIVT ? 0 : op == Op.DIVF ? 1 : 2;
                r[code[pc + 1]] = Ints.div(r[code[pc + 2]], r[code[pc + 3]], code[pc + 4], mode);
                yield pc + 5;
            }
            case REM, MOD -> {
                r[code[pc + 1]] = Ints.rem(r[code[pc + 2]], r[code[pc + 3]], code[pc + 4], op == Op.MOD);
                yield pc + 5;
            }
            case SHLS -> {
                r[code[pc + 1]] = Ints.shlSat(r[code[pc + 2]], r[code[pc + 3]], code[pc + 4]);
                yield pc + 5;
            }
            case NOT -> {
                r[code[pc + 1]] = Ints.norm(~r[code[pc + 2]], code[pc + 3]);
                yield pc + 4;
            }
            case BNOT -> {
                r[code[pc + 1]] = r[code[pc + 2]] ^ 1;
                yield pc + 3;
            }
            case NEG -> {
                r[code[pc + 1]] = Ints.sub(0, r[code[pc + 2]], code[pc + 3]);
                yield pc + 4;
            }
            case NEGW -> {
                r[code[pc + 1]] = Ints.norm(-r[code[pc + 2]], code[pc + 3]);
                yield pc + 4;
            }
            case MIN, MAX -> {
                long a = r[code[pc + 2]];
                long b = r[code[pc + 3]];
                int c = Ints.compare(a, b, code[pc + 4]);
                r[code[pc + 1]] = (op == Op.MIN) == (c <= 0) ? a : b;
                yield pc + 5;
            }
            case FADD, FSUB, FMUL, FDIV, FREM, FMOD, FMIN, FMAX -> {
                double a = Double.longBitsToDouble(r[code[pc + 2]]);
                double b = Double.longBitsToDouble(r[code[pc + 3]]);
                double v = switch (op) {
                    case FADD -> a + b;
                    case FSUB -> a - b;
                    case FMUL -> a * b;
                    case FDIV -> a / b;
                    case FREM -> FloatFns.rem(a, b);
                    case FMOD -> FloatFns.mod(a, b, code[pc + 4]);
                    case FMIN -> Math.min(a, b);
                    default -> Math.max(a, b);
                };
                r[code[pc + 1]] = floatBits(v, code[pc + 4]);
                yield pc + 5;
            }
            case FNEG -> {
                r[code[pc + 1]] = r[code[pc + 2]] ^ Long.MIN_VALUE;
                yield pc + 3;
            }
            case FABS -> {
                r[code[pc + 1]] = r[code[pc + 2]] & Long.MAX_VALUE;
                yield pc + 3;
            }
            case FMATH -> {
                int fb = code[pc + 4];
                double v = FloatFns.apply(FLOAT_FNS[code[pc + 3]], Double.longBitsToDouble(r[code[pc + 2]]), fb);
                r[code[pc + 1]] = floatBits(v, fb);
                yield pc + 5;
            }
            case FMA -> {
                int fb = code[pc + 5];
                double v = FloatFns.mulAdd(Double.longBitsToDouble(r[code[pc + 2]]), Double.longBitsToDouble(r[code[pc + 3]]),
                        Double.longBitsToDouble(r[code[pc + 4]]), fb);
                r[code[pc + 1]] = floatBits(v, fb);
                yield pc + 6;
            }
            case LES, LEU, GTS, GTU, GES, GEU -> {
                long a = r[code[pc + 2]];
                long b = r[code[pc + 3]];
                boolean v = switch (op) {
                    case LES -> a <= b;
                    case LEU -> Long.compareUnsigned(a, b) <= 0;
                    case GTS -> a > b;
                    case GTU -> Long.compareUnsigned(a, b) > 0;
                    case GES -> a >= b;
                    default -> Long.compareUnsigned(a, b) >= 0;
                };
                r[code[pc + 1]] = v ? 1 : 0;
                yield pc + 4;
            }
            case FEQ, FNE, FLT, FLE, FGT, FGE -> {
                double a = Double.longBitsToDouble(r[code[pc + 2]]);
                double b = Double.longBitsToDouble(r[code[pc + 3]]);
                boolean v = switch (op) {
                    case FEQ -> a == b;
                    case FNE -> a != b;
                    case FLT -> a < b;
                    case FLE -> a <= b;
                    case FGT -> a > b;
                    default -> a >= b;
                };
                r[code[pc + 1]] = v ? 1 : 0;
                yield pc + 4;
            }
            case INTCAST -> {
                r[code[pc + 1]] = Ints.intCast(r[code[pc + 2]], code[pc + 3], code[pc + 4]);
                yield pc + 5;
            }
            case TRUNC -> {
                r[code[pc + 1]] = Ints.norm(r[code[pc + 2]], code[pc + 3]);
                yield pc + 4;
            }
            case I2F -> {
                long v = r[code[pc + 2]];
                int tk = code[pc + 3];
                double d = (tk & 0x100) != 0 || (tk & 0xFF) < 64 || v >= 0 ? (double) v : unsignedToDouble(v);
                r[code[pc + 1]] = floatBits(d, code[pc + 4]);
                yield pc + 5;
            }
            case F2I -> {
                double d = Double.longBitsToDouble(r[code[pc + 2]]);
                int tk = code[pc + 3];
                double t = d < 0 ? Math.ceil(d) : Math.floor(d);
                if (Double.isNaN(d) || t < (double) Ints.min(tk) || ((tk & 0x100) != 0 || (tk & 0xFF) < 64) && t > (double) Ints.max(tk)
                        || (tk & 0x100) == 0 && (tk & 0xFF) >= 64 && t >= 18446744073709551616.0) {
                    throw new ZigPanic("integer part of floating point value out of bounds");
                }
                r[code[pc + 1]] = (tk & 0x100) == 0 && t >= 9.223372036854775807E18 ? (long) (t - 9.223372036854775808E18) + Long.MIN_VALUE : (long) t;
                yield pc + 4;
            }
            case FCAST -> {
                r[code[pc + 1]] = floatBits(Double.longBitsToDouble(r[code[pc + 2]]), code[pc + 3]);
                yield pc + 4;
            }
            case BITS2F -> {
                long v = r[code[pc + 2]];
                r[code[pc + 1]] = Double.doubleToRawLongBits(FloatBits.fromBits(v, code[pc + 3]));
                yield pc + 4;
            }
            case F2BITS -> {
                long v = r[code[pc + 2]];
                r[code[pc + 1]] = FloatBits.toBits(Double.longBitsToDouble(v), code[pc + 3]);
                yield pc + 4;
            }
            case ALIGNCHK -> {
                if ((r[code[pc + 1]] & (code[pc + 2] - 1)) != 0) throw new ZigPanic("incorrect alignment");
                yield pc + 3;
            }
            case ENUMCHK -> {
                EnumType et = vm.image.enums.get(code[pc + 2]);
                if (et.indexOfValue(java.math.BigInteger.valueOf(r[code[pc + 1]])) < 0) throw new ZigPanic("invalid enum value");
                yield pc + 3;
            }
            case SENTCHK -> {
                long found = r[code[pc + 1]];
                long expected = r[code[pc + 2]];
                if (found != expected) {
                    boolean signed = org.heaplab.runtime.code.Operand.signed(code[pc + 3]);
                    throw new ZigPanic("sentinel mismatch: expected " + (signed ? Long.toString(expected) : Long.toUnsignedString(expected))
                            + ", found " + (signed ? Long.toString(found) : Long.toUnsignedString(found)));
                }
                yield pc + 4;
            }
            case BOUNDSZ -> {
                if (Long.compareUnsigned(r[code[pc + 1]], r[code[pc + 2]]) > 0) {
                    throw new ZigPanic("index out of bounds: index " + Long.toUnsignedString(r[code[pc + 1]]) + ", len " + Long.toUnsignedString(r[code[pc + 2]]));
                }
                yield pc + 3;
            }
            case NONNULL -> {
                if (r[code[pc + 1]] == 0) throw new ZigPanic("cast causes pointer to be null");
                yield pc + 2;
            }
            case SLICECHK -> {
                long start = r[code[pc + 1]];
                long end = r[code[pc + 2]];
                long len = r[code[pc + 3]];
                if (Long.compareUnsigned(start, end) > 0) {
                    throw new ZigPanic("start index " + Long.toUnsignedString(start) + " is larger than end index " + Long.toUnsignedString(end));
                }
                if (len != -1 && Long.compareUnsigned(end, len) > 0) {
                    throw new ZigPanic("index out of bounds: index " + Long.toUnsignedString(end) + ", len " + Long.toUnsignedString(len));
                }
                yield pc + 4;
            }
            case NULLCHK -> {
                if (r[code[pc + 1]] == 0) throw new ZigPanic("attempt to use null value");
                yield pc + 2;
            }
            case UNREACH -> throw new ZigPanic("reached unreachable code");
            case UNWRAPERR -> throw new ZigPanic("attempt to unwrap error: " + vm.image.errorName(r[code[pc + 1]]), true);
            case PANIC -> throw new ZigPanic(vm.image.panicMessages.get(code[pc + 1]));
            case PANICR -> {
                long ptr = r[code[pc + 1]];
                long len = r[code[pc + 2]];
                byte[] msg = mem.readBytes(ptr, (int) Math.min(len, 1 << 16));
                throw new ZigPanic(new String(msg, StandardCharsets.UTF_8));
            }
            case LENEQ -> {
                if (r[code[pc + 1]] != r[code[pc + 2]]) throw new ZigPanic(vm.image.panicMessages.get(code[pc + 3]));
                yield pc + 4;
            }
            case NOALIAS -> {
                long a = r[code[pc + 1]];
                long b = r[code[pc + 2]];
                long n = r[code[pc + 3]];
                if (n > 0 && a < b + n && b < a + n) throw new ZigPanic("@memcpy arguments alias");
                yield pc + 4;
            }
            case ERRTRACE -> {
                vm.pushErrorTrace(f, pc);
                yield pc + 1;
            }
            case ERRSAVE -> {
                r[code[pc + 1]] = vm.errorTraceLength();
                yield pc + 2;
            }
            case ERRRESTORE -> {
                vm.restoreErrorTrace((int) r[code[pc + 1]]);
                yield pc + 2;
            }
            case ERRPOP -> {
                vm.restoreErrorTrace(f.traceMark);
                yield pc + 1;
            }
            case RETADDR -> {
                r[code[pc + 1]] = vm.returnAddress(f);
                yield pc + 2;
            }
            case ERRNAME -> {
                r[code[pc + 1]] = vm.image.errorNameTable() + 16 * r[code[pc + 2]];
                yield pc + 3;
            }
            case TAGNAME -> {
                int id = code[pc + 3];
                EnumType et = vm.image.enums.get(id);
                int i = et.indexOfValue(java.math.BigInteger.valueOf(r[code[pc + 2]]));
                if (i < 0) throw new ZigPanic("invalid enum value");
                r[code[pc + 1]] = vm.image.tagNameTables.get(id) + 16L * i;
                yield pc + 4;
            }
            case OVF -> {
                long[] v = Ints.withOverflow(r[code[pc + 3]], r[code[pc + 4]], code[pc + 5], code[pc + 6]);
                r[code[pc + 1]] = v[0];
                r[code[pc + 2]] = v[1];
                yield pc + 7;
            }
            case BSWAP, BITREV -> {
                long a = r[code[pc + 2]];
                int tk = code[pc + 3];
                int bits = tk & 0xFF;
                long v = op == Op.BSWAP ? Long.reverseBytes(a) : Long.reverse(a);
                // the reversed bits sit at the top: bring them down, sign-extending a signed type
                r[code[pc + 1]] = bits == 0 ? 0 : org.heaplab.runtime.code.Operand.signed(tk) ? v >> (64 - bits) : v >>> (64 - bits);
                yield pc + 4;
            }
            case CTZ, CLZ, POPCNT, ABS -> {
                long a = r[code[pc + 2]];
                int tk = code[pc + 3];
                int bits = tk & 0xFF;
                long u = bits >= 64 ? a : a & ((1L << bits) - 1);
                long v = switch (op) {
                    case CTZ -> u == 0 ? bits : Long.numberOfTrailingZeros(u);
                    case CLZ -> Long.numberOfLeadingZeros(u) - (64 - bits);
                    case POPCNT -> Long.bitCount(u);
                    default -> Math.abs(a);
                };
                r[code[pc + 1]] = v;
                yield pc + 4;
            }
            case ROTL, ROTR -> {
                long a = r[code[pc + 2]];
                long b = r[code[pc + 3]];
                r[code[pc + 1]] = op == Op.ROTL ? Ints.rotl(a, b, code[pc + 4]) : Ints.rotr(a, b, code[pc + 4]);
                yield pc + 5;
            }
            case MULHI -> {
                r[code[pc + 1]] = Ints.mulHi(r[code[pc + 2]], r[code[pc + 3]], code[pc + 4]);
                yield pc + 5;
            }
            case BREAKPOINT -> {
                yield pc + 1;
            }
            case WOP, WSHIFT, WUN, WBITS, WCMP, WEXT, WNARROW, WRESIZE, WI2F, WF2I, WOVF -> Wide.exec(vm, op, code, r, pc);
            default -> throw new MissingHandler(op, "Handlers sends it to Instructions.rare, which has no case for it");
        };
    }

    /** The VM was given an instruction it has no code for: an internal error, which InstructionSetTest keeps from happening. */
    static final class MissingHandler extends IllegalStateException {
        MissingHandler(Op op, String why) {
            super("the VM has no handler for " + op + ": " + why);
        }
    }

    static long floatBits(double v, int fbits) {
        return Double.doubleToRawLongBits(FloatFns.toType(v, fbits));
    }

    private static double unsignedToDouble(long v) {
        double d = (double) (v >>> 1);
        return d * 2.0 + (v & 1);
    }
}
