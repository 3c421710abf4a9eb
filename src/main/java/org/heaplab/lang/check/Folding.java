package org.heaplab.lang.check;

import java.math.BigInteger;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;
import org.heaplab.lang.types.fp.F128;
import org.heaplab.lang.types.fp.FloatFns;
import org.heaplab.source.Span;

/** Arithmetic and comparison on comptime-known values, with Zig's compile errors for overflow. */
final class Folding {
    private Folding() {}

    static Value arith(Ir.BinOp op, Value lv, Value rv, Type t, Span span, Checker checker) {
        if (lv instanceof Value.FloatV || rv instanceof Value.FloatV || t instanceof Type.Float || t instanceof Type.ComptimeFloat) {
            if (t instanceof Type.ComptimeFloat) {
                Value.FloatV wide = wideArith(op, exact(lv), exact(rv));
                if (wide != null) return wide;
            }
            double a = toDouble(lv);
            double b = toDouble(rv);
            double r = switch (op) {
                case ADD, ADD_WRAP, ADD_SAT -> a + b;
                case SUB, SUB_WRAP, SUB_SAT -> a - b;
                case MUL, MUL_WRAP, MUL_SAT -> a * b;
                case DIV_TRUNC, DIV_EXACT -> a / b;
                case DIV_FLOOR -> Math.floor(a / b);
                case REM -> FloatFns.rem(a, b);
                case MOD -> FloatFns.mod(a, b, t instanceof Type.Float f ? f.bits() : 128);
                case MIN -> Math.min(a, b);
                case MAX -> Math.max(a, b);
                default -> Double.NaN;
            };
            if (t instanceof Type.Float f) r = FloatFns.toType(r, f.bits());
            return new Value.FloatV(r);
        }
        BigInteger a = Consts.intValue(lv);
        BigInteger b = Consts.intValue(rv);
        if (a == null || b == null) return null;
        Type.Int it = t instanceof Type.Int i ? i : null;
        BigInteger r;
        switch (op) {
            case ADD, ADD_WRAP, ADD_SAT -> r = a.add(b);
            case SUB, SUB_WRAP, SUB_SAT -> r = a.subtract(b);
            case MUL, MUL_WRAP, MUL_SAT -> r = a.multiply(b);
            case DIV_TRUNC, DIV_EXACT, DIV_FLOOR, REM, MOD -> {
                if (b.signum() == 0) throw checker.error(span, "division by zero here causes undefined behavior");
                if (op == Ir.BinOp.DIV_EXACT && a.remainder(b).signum() != 0) throw checker.error(span, "exact division produced remainder");
                r = switch (op) {
                    case DIV_TRUNC, DIV_EXACT -> a.divide(b);
                    case DIV_FLOOR -> floorDiv(a, b);
                    case REM -> a.remainder(b);
                    default -> a.subtract(floorDiv(a, b).multiply(b));
                };
            }
            case SHL, SHL_SAT -> r = a.shiftLeft(b.intValue());
            case SHR -> r = a.shiftRight(b.intValue());
            case BIT_AND -> r = a.and(b);
            case BIT_OR -> r = a.or(b);
            case BIT_XOR -> r = a.xor(b);
            case MIN -> r = a.min(b);
            case MAX -> r = a.max(b);
            default -> {
                return null;
            }
        }
        if (it != null) {
            switch (op) {
                // << drops the bits shifted out, as Zig's does (only @shlExact and @shlWithOverflow check them)
                case ADD_WRAP, SUB_WRAP, MUL_WRAP, SHL -> r = TypeRules.wrap(r, it);
                case ADD_SAT, SUB_SAT, MUL_SAT, SHL_SAT -> r = r.max(it.minBig()).min(it.maxBig());
                case BIT_AND, BIT_OR, BIT_XOR -> r = TypeRules.wrap(r, it);
                default -> {
                    if (!it.fits(r)) throw checker.error(span, "overflow of integer type '" + it.name() + "' with value '" + r + "'");
                }
            }
        }
        return new Value.IntV(r);
    }

    /** A comptime_float operand's exact f128 value: a literal or an integer, or what arithmetic on those gave; else null. */
    private static F128 exact(Value v) {
        if (v instanceof Value.FloatV f) return f.wide();
        BigInteger b = Consts.intValue(v);
        return b == null || v instanceof Value.BoolV ? null : F128.of(b);
    }

    /** comptime_float arithmetic as Zig does it, at f128; null for what it leaves to f64 (or operands not known exactly). */
    private static Value.FloatV wideArith(Ir.BinOp op, F128 a, F128 b) {
        if (a == null || b == null) return null;
        F128 r = switch (op) {
            case ADD, ADD_WRAP, ADD_SAT -> a.add(b);
            case SUB, SUB_WRAP, SUB_SAT -> a.subtract(b);
            case MUL, MUL_WRAP, MUL_SAT -> a.multiply(b);
            case DIV_TRUNC, DIV_EXACT -> a.divide(b);
            case DIV_FLOOR -> a.divide(b).floor();
            case MIN -> a.isNaN() ? b : b.isNaN() ? a : a.compareTo(b) <= 0 ? a : b;
            case MAX -> a.isNaN() ? b : b.isNaN() ? a : a.compareTo(b) >= 0 ? a : b;
            default -> null;
        };
        return r == null ? null : new Value.FloatV(r);
    }

    static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) return qr[0].subtract(BigInteger.ONE);
        return qr[0];
    }

    static double toDouble(Value v) {
        if (v instanceof Value.FloatV f) return f.value();
        BigInteger b = Consts.intValue(v);
        return b == null ? Double.NaN : b.doubleValue();
    }

    /** Compares comptime values; null when they cannot be compared at compile time. */
    static Boolean compare(Ir.CmpOp op, Value l, Value r) {
        int c;
        boolean floats = l instanceof Value.FloatV || r instanceof Value.FloatV;
        F128 el = floats ? exact(l) : null, er = floats ? exact(r) : null;
        if (el != null && er != null && !el.isNaN() && !er.isNaN()) {
            // comptime floats known exactly compare at f128 (-0.0 == 0.0)
            c = el.compareTo(er);
        } else if (floats) {
            // IEEE comparison: NaN is unordered (== false, != true), -0.0 == 0.0
            double a = toDouble(l);
            double b = toDouble(r);
            return switch (op) {
                case EQ -> a == b;
                case NE -> a != b;
                case LT -> a < b;
                case LE -> a <= b;
                case GT -> a > b;
                case GE -> a >= b;
            };
        } else if (Consts.intValue(l) != null && Consts.intValue(r) != null && !(l instanceof Value.BoolV && r instanceof Value.BoolV)) {
            c = Consts.intValue(l).compareTo(Consts.intValue(r));
        } else if (l instanceof Value.BoolV lb && r instanceof Value.BoolV rb) {
            c = Boolean.compare(lb.value(), rb.value());
        } else if (l instanceof Value.ErrorV le && r instanceof Value.ErrorV re) {
            c = le.name().equals(re.name()) ? 0 : 1;
        } else if (l instanceof Value.NullV && r instanceof Value.NullV) {
            c = 0;
        } else if (l instanceof Value.NullV || r instanceof Value.NullV) {
            c = 1;
        } else if (l instanceof Value.EnumLitV a && r instanceof Value.EnumLitV b) {
            c = a.name().equals(b.name()) ? 0 : 1;
        } else if (isPointerValue(l) && isPointerValue(r) && (op == Ir.CmpOp.EQ || op == Ir.CmpOp.NE)) {
            // comptime pointers: equal constants are one constant (Zig interns them), a variable's part is itself
            c = l.equals(r) ? 0 : 1;
        } else {
            return null;
        }
        return switch (op) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }

    private static boolean isPointerValue(Value v) {
        return v instanceof Value.StringV || v instanceof Value.RefV || v instanceof Value.CellPtrV || v instanceof Value.GlobalAddrV;
    }
}
