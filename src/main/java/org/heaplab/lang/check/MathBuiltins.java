package org.heaplab.lang.check;

import static org.heaplab.lang.check.TypeRules.*;
import static org.heaplab.lang.check.Consts.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;
import org.heaplab.lang.types.fp.F128;
import org.heaplab.lang.types.fp.FloatFns;
import org.heaplab.source.Span;

/** Arithmetic builtins: {@code @min}/{@code @max}, the division forms, overflow-reporting arithmetic, bit counts, {@code @abs}, {@code @splat}. */
final class MathBuiltins {
    private final Checker cx;

    MathBuiltins(Checker cx) {
        this.cx = cx;
    }

    /** The bits of a float type's values; comptime_float (a double in Heap Lab) counts as 128. */
    static int floatBits(Type t) {
        return t instanceof Type.Float f ? f.bits() : 128;
    }

    /** {@code fn(v)} for a float operand: folded when {@code v} is comptime-known. */
    private Ir.Expr floatFn(FloatFns.Fn fn, Ir.Expr v, Span span) {
        if (Consts.constValue(v) instanceof Value.FloatV fv) {
            F128 w = v.type() instanceof Type.ComptimeFloat && fv.wide() != null ? integral(fn, fv.wide()) : null;
            if (w != null) return konst(v.type(), new Value.FloatV(w), span);
            return konst(v.type(), new Value.FloatV(FloatFns.applyComptime(fn, fv.value(), floatBits(v.type()))), span);
        }
        return new Ir.Builtin(Ir.BuiltinKind.valueOf("F_" + fn.name()), List.of(v), v.type(), span);
    }

    /** The rounding builtins on a comptime_float known exactly, at f128; null for the others. */
    private static F128 integral(FloatFns.Fn fn, F128 w) {
        return switch (fn.name()) {
            case "FLOOR" -> w.floor();
            case "CEIL" -> w.ceil();
            case "TRUNC" -> w.trunc();
            case "ROUND" -> w.roundHalfAway();
            default -> null;
        };
    }

    /**
     * Zig narrows an integer @min/@max to the range its operands allow: @min(x_u32, 10) is a u4, @max(x_i64, 7)
     * a u63 (each operand spans its type's range, a comptime-known one just its value). Null when nothing narrows.
     */
    private static Type.Int refinedMinMax(boolean min, List<Ir.Expr> operands, Type.Int peer) {
        BigInteger lo = null;
        BigInteger hi = null;
        for (Ir.Expr e : operands) {
            BigInteger a;
            BigInteger b;
            if (Consts.constValue(e) instanceof Value.IntV v) {
                a = v.value();
                b = v.value();
            } else if (e.type() instanceof Type.Int it) {
                a = it.signed() ? BigInteger.ONE.shiftLeft(it.bits() - 1).negate() : BigInteger.ZERO;
                b = (it.signed() ? BigInteger.ONE.shiftLeft(it.bits() - 1) : BigInteger.ONE.shiftLeft(it.bits())).subtract(BigInteger.ONE);
            } else {
                return null;
            }
            lo = lo == null ? a : min ? lo.min(a) : lo.max(a);
            hi = hi == null ? b : min ? hi.min(b) : hi.max(b);
        }
        // std.math.IntFittingRange(lo, hi)
        boolean signed = lo.signum() < 0;
        BigInteger largest = (signed ? lo.negate().subtract(BigInteger.ONE) : lo).max(hi);
        int bits = largest.bitLength() + (signed ? 1 : 0);
        if (bits > 65535 || bits == peer.bits() && signed == peer.signed()) return null;
        return new Type.Int(bits, signed);
    }

    /** The builtin call checked, or null when {@code name} is not one of these; on vectors, element by element. */
    Ir.Expr check(String name, Ast.BuiltinCall b, Type expected) {
        switch (name) {
            case "min", "max", "sqrt", "sin", "cos", "tan", "exp", "exp2", "log", "log2", "log10", "floor", "ceil", "round", "trunc",
                    "ctz", "clz", "popCount":
                return cx.vectors.elementWise(b, expected, null, 0, e -> scalar(name, b, e));
            case "divTrunc", "divFloor", "divExact", "mod", "rem", "byteSwap", "bitReverse", "abs":
                return cx.vectors.elementWise(b, expected, expected, 0, e -> scalar(name, b, e));
            case "mulAdd":
                if (b.args().size() != 4) break;
                return cx.vectors.elementWise(b, expected, cx.types.typeOf(b.args().get(0)), 1, e -> scalar(name, b, e));
            default:
                break;
        }
        return scalar(name, b, expected);
    }

    /** The operands of @shlExact and @shrExact: an integer (a comptime_int takes the result type) and its amount, a Log2Int of it. */
    private record ExactShift(Ir.Expr value, Type.Int type, Ir.Expr amount) {}

    private ExactShift exactShift(List<Ast.Expr> args, Type expected) {
        Ir.Expr l = cx.exprs.expr(args.get(0), expected);
        if (l.type() instanceof Type.ComptimeInt && expected instanceof Type.Int) l = cx.coercions.coerce(l, expected, args.get(0).span());
        if (!(l.type() instanceof Type.Int it)) throw cx.error(args.get(0).span(), "expected integer type, found '" + l.type().name() + "'");
        Type.Int shiftType = TypeRules.log2Int(it);
        return new ExactShift(l, it, cx.coercions.coerce(cx.exprs.expr(args.get(1), shiftType), shiftType, args.get(1).span()));
    }

    private Ir.Expr scalar(String name, Ast.BuiltinCall b, Type expected) {
        List<Ast.Expr> args = b.args();
        Span span = b.span();
        switch (name) {
            case "min":
            case "max": {
                if (args.size() < 2) throw cx.error(span, "expected at least 2 arguments, found " + args.size());
                List<Ir.Expr> es = new ArrayList<>();
                for (Ast.Expr a : args) es.add(cx.exprs.expr(a, null));
                Type t = cx.coercions.peerType(es, span);
                if (!TypeRules.isNumeric(t)) throw cx.error(span, "expected number, found '" + t.name() + "'");
                Ir.Expr acc = cx.coercions.coerce(es.get(0), t, args.get(0).span());
                for (int i = 1; i < es.size(); i++) {
                    acc = cx.ops.fold(name.equals("min") ? Ir.BinOp.MIN : Ir.BinOp.MAX, acc, cx.coercions.coerce(es.get(i), t, args.get(i).span()), t, span, span);
                }
                Type.Int refined = t instanceof Type.Int it ? refinedMinMax(name.equals("min"), es, it) : null;
                if (refined == null) return acc;
                if (Consts.constValue(acc) instanceof Value.IntV v) return konst(refined, v, span);
                return new Ir.Convert(Ir.ConvKind.TRUNCATE, acc, refined, span);
            }
            case "sqrt", "sin", "cos", "tan", "exp", "exp2", "log", "log2", "log10", "floor", "ceil", "round", "trunc": {
                Builtins.arity(cx, b, 1);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                if (!(v.type() instanceof Type.Float) && !(v.type() instanceof Type.ComptimeFloat)) {
                    throw cx.error(args.get(0).span(), "expected vector of floats or float type, found '" + v.type().name() + "'");
                }
                return floatFn(FloatFns.Fn.of(name), v, span);
            }
            case "mulAdd": {
                Builtins.arity(cx, b, 4);
                Type t = cx.types.typeOf(args.get(0));
                if (!(t instanceof Type.Float) && !(t instanceof Type.ComptimeFloat)) {
                    throw cx.error(args.get(0).span(), "expected vector of floats or float type, found '" + t.name() + "'");
                }
                List<Ir.Expr> ops = new ArrayList<>();
                for (int i = 1; i < 4; i++) ops.add(cx.coercions.coerce(cx.exprs.expr(args.get(i), t), t, args.get(i).span()));
                if (Consts.constValue(ops.get(0)) instanceof Value.FloatV x && Consts.constValue(ops.get(1)) instanceof Value.FloatV y
                        && Consts.constValue(ops.get(2)) instanceof Value.FloatV z) {
                    return konst(t, new Value.FloatV(FloatFns.mulAdd(x.value(), y.value(), z.value(), floatBits(t))), span);
                }
                return new Ir.Builtin(Ir.BuiltinKind.MUL_ADD, ops, t, span);
            }
            case "divTrunc":
            case "divFloor":
            case "divExact":
            case "mod":
            case "rem": {
                Builtins.arity(cx, b, 2);
                Ir.Expr l = cx.exprs.expr(args.get(0), expected);
                Ir.Expr r = cx.exprs.expr(args.get(1), expected);
                Type t = cx.coercions.peerType(List.of(l, r), span);
                if (t instanceof Type.ComptimeInt && expected instanceof Type.Int) t = expected;
                if (!TypeRules.isNumeric(t)) throw cx.error(span, "expected number, found '" + t.name() + "'");
                Ir.BinOp op = switch (name) {
                    case "divTrunc" -> Ir.BinOp.DIV_TRUNC;
                    case "divFloor" -> Ir.BinOp.DIV_FLOOR;
                    case "divExact" -> Ir.BinOp.DIV_EXACT;
                    case "mod" -> Ir.BinOp.MOD;
                    default -> Ir.BinOp.REM;
                };
                Span at = new Span(span.file(), span.start(), span.start() + name.length() + 1);
                if ((t instanceof Type.Float || t instanceof Type.ComptimeFloat) && (op == Ir.BinOp.DIV_TRUNC || op == Ir.BinOp.DIV_FLOOR)) {
                    // Zig: @trunc / @floor of the quotient (Heap Lab's DIV_TRUNC of floats is '/')
                    Ir.Expr q = cx.ops.fold(Ir.BinOp.DIV_TRUNC, cx.coercions.coerce(l, t, args.get(0).span()), cx.coercions.coerce(r, t, args.get(1).span()), t, at, span);
                    return floatFn(op == Ir.BinOp.DIV_TRUNC ? FloatFns.Fn.TRUNC : FloatFns.Fn.FLOOR, q, span);
                }
                return cx.ops.fold(op, cx.coercions.coerce(l, t, args.get(0).span()), cx.coercions.coerce(r, t, args.get(1).span()), t, at, span);
            }
            case "addWithOverflow":
            case "subWithOverflow":
            case "mulWithOverflow": {
                Builtins.arity(cx, b, 2);
                Ir.Expr l = cx.exprs.expr(args.get(0), null);
                Ir.Expr r = cx.exprs.expr(args.get(1), null);
                Type t = cx.coercions.peerType(List.of(l, r), span);
                if (!(t instanceof Type.Int it)) throw cx.error(span, "expected integer type, found '" + t.name() + "'");
                StructType tuple = StructType.tuple("struct { " + t.name() + ", u1 }", List.of(
                        new StructType.Field("0", t, null, false, span, null), new StructType.Field("1", U1, null, false, span, null)));
                Ir.BuiltinKind k = switch (name) {
                    case "addWithOverflow" -> Ir.BuiltinKind.ADD_WITH_OVERFLOW;
                    case "subWithOverflow" -> Ir.BuiltinKind.SUB_WITH_OVERFLOW;
                    default -> Ir.BuiltinKind.MUL_WITH_OVERFLOW;
                };
                l = cx.coercions.coerce(l, it, span);
                r = cx.coercions.coerce(r, it, span);
                Value lv = Consts.constValue(l);
                Value rv = Consts.constValue(r);
                if (lv instanceof Value.IntV li && rv instanceof Value.IntV ri) {
                    BigInteger full = switch (k) {
                        case ADD_WITH_OVERFLOW -> li.value().add(ri.value());
                        case SUB_WITH_OVERFLOW -> li.value().subtract(ri.value());
                        default -> li.value().multiply(ri.value());
                    };
                    BigInteger wrapped = TypeRules.wrap(full, it);
                    return konst(tuple, new Value.AggregateV(tuple, List.of(new Value.IntV(wrapped), Value.IntV.of(wrapped.equals(full) ? 0 : 1))), span);
                }
                return new Ir.Builtin(k, List.of(l, r), tuple, span);
            }
            case "shrExact": {
                Builtins.arity(cx, b, 2);
                ExactShift x = exactShift(args, expected);
                Ir.Expr l = x.value(), r = x.amount();
                Type.Int it = x.type();
                if (Consts.constValue(l) instanceof Value.IntV li && Consts.constValue(r) instanceof Value.IntV ri) {
                    int n = ri.value().intValue();
                    if (!li.value().shiftRight(n).shiftLeft(n).equals(li.value())) throw cx.error(span, "exact shift shifted out 1 bits");
                    return konst(it, new Value.IntV(li.value().shiftRight(n)), span);
                }
                if (it.bits() > 64) throw cx.error(span, "Heap Lab does not support @shrExact of run-time integers wider than 64 bits yet");
                return new Ir.Builtin(Ir.BuiltinKind.SHR_EXACT, List.of(l, r), it, span);
            }
            case "shlExact": {
                Builtins.arity(cx, b, 2);
                ExactShift x = exactShift(args, expected);
                Ir.Expr l = x.value(), r = x.amount();
                Type.Int it = x.type();
                if (Consts.constValue(l) instanceof Value.IntV li && Consts.constValue(r) instanceof Value.IntV ri) {
                    BigInteger full = li.value().shiftLeft(ri.value().intValue());
                    if (!it.fits(full)) throw cx.error(span, "operation caused overflow");
                    return konst(it, new Value.IntV(full), span);
                }
                if (it.bits() > 64) throw cx.error(span, "Heap Lab does not support @shlExact of run-time integers wider than 64 bits yet");
                return new Ir.Builtin(Ir.BuiltinKind.SHL_EXACT, List.of(l, r), it, span);
            }
            case "shlWithOverflow": {
                Builtins.arity(cx, b, 2);
                Ir.Expr l = cx.exprs.expr(args.get(0), expected);
                if (!(l.type() instanceof Type.Int it)) throw cx.error(args.get(0).span(), "expected integer type, found '" + l.type().name() + "'");
                Type.Int shiftType = TypeRules.log2Int(it);
                Ir.Expr r = cx.coercions.coerce(cx.exprs.expr(args.get(1), shiftType), shiftType, args.get(1).span());
                StructType tuple = StructType.tuple("struct { " + it.name() + ", u1 }", List.of(
                        new StructType.Field("0", it, null, false, span, null), new StructType.Field("1", U1, null, false, span, null)));
                if (Consts.constValue(l) instanceof Value.IntV li && Consts.constValue(r) instanceof Value.IntV ri) {
                    BigInteger full = li.value().shiftLeft(ri.value().intValue());
                    BigInteger wrapped = TypeRules.wrap(full, it);
                    return konst(tuple, new Value.AggregateV(tuple, List.of(new Value.IntV(wrapped), Value.IntV.of(wrapped.equals(full) ? 0 : 1))), span);
                }
                if (it.bits() > 64) throw cx.error(span, "Heap Lab does not support @shlWithOverflow of run-time integers wider than 64 bits yet");
                return new Ir.Builtin(Ir.BuiltinKind.SHL_WITH_OVERFLOW, List.of(l, r), tuple, span);
            }
            case "ctz":
            case "clz":
            case "popCount": {
                Builtins.arity(cx, b, 1);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                if (!(v.type() instanceof Type.Int it)) {
                    throw cx.error(args.get(0).span(), "expected integer type, found '" + v.type().name() + "'");
                }
                Type.Int rt = new Type.Int(Math.max(1, 32 - Integer.numberOfLeadingZeros(it.bits())), false);
                Ir.BuiltinKind k = name.equals("ctz") ? Ir.BuiltinKind.CTZ : name.equals("clz") ? Ir.BuiltinKind.CLZ : Ir.BuiltinKind.POP_COUNT;
                if (Consts.constValue(v) instanceof Value.IntV iv) {
                    long x = iv.value().longValue();
                    long mask = it.bits() >= 64 ? -1L : (1L << it.bits()) - 1;
                    x &= mask;
                    long r = switch (k) {
                        case CTZ -> x == 0 ? it.bits() : Long.numberOfTrailingZeros(x);
                        case CLZ -> Long.numberOfLeadingZeros(x) - (64 - it.bits());
                        default -> Long.bitCount(x);
                    };
                    return konst(rt, Value.IntV.of(r), span);
                }
                return new Ir.Builtin(k, List.of(v), rt, span);
            }
            case "byteSwap":
            case "bitReverse": {
                Builtins.arity(cx, b, 1);
                Ir.Expr v = cx.exprs.expr(args.get(0), expected);
                if (v.type() instanceof Type.ComptimeInt && expected instanceof Type.Int) v = cx.coercions.coerce(v, expected, args.get(0).span());
                if (!(v.type() instanceof Type.Int it)) {
                    throw cx.error(args.get(0).span(), "expected integer type, found '" + v.type().name() + "'");
                }
                boolean swap = name.equals("byteSwap");
                if (swap && it.bits() % 8 != 0) {
                    throw cx.error(args.get(0).span(), "@byteSwap requires the number of bits to be evenly divisible by 8, but " + it.name() + " has " + it.bits() + " bits");
                }
                if (it.bits() > 64 && Consts.constValue(v) instanceof Value.IntV wide) {
                    // comptime-known and wide: reorder the bits of the two's complement pattern
                    BigInteger pattern = wide.value().signum() < 0 ? wide.value().add(BigInteger.ONE.shiftLeft(it.bits())) : wide.value();
                    BigInteger out = BigInteger.ZERO;
                    int unit = swap ? 8 : 1;
                    for (int i = 0; i < it.bits(); i += unit) {
                        BigInteger part = pattern.shiftRight(i).and(BigInteger.ONE.shiftLeft(unit).subtract(BigInteger.ONE));
                        out = out.or(part.shiftLeft(it.bits() - unit - i));
                    }
                    return konst(it, new Value.IntV(TypeRules.wrap(out, it)), span);
                }
                if (it.bits() > 64) throw cx.error(span, "Heap Lab does not support @" + name + " of run-time integers wider than 64 bits");
                if (Consts.constValue(v) instanceof Value.IntV iv) {
                    long x = iv.value().longValue();
                    long rv = swap ? Long.reverseBytes(x) : Long.reverse(x);
                    rv = it.bits() == 0 ? 0 : it.signed() ? rv >> (64 - it.bits()) : rv >>> (64 - it.bits());
                    BigInteger bi = it.signed() || rv >= 0 ? BigInteger.valueOf(rv) : new BigInteger(Long.toUnsignedString(rv));
                    return konst(it, new Value.IntV(bi), span);
                }
                return new Ir.Builtin(swap ? Ir.BuiltinKind.BYTE_SWAP : Ir.BuiltinKind.BIT_REVERSE, List.of(v), it, span);
            }
            case "abs": {
                Builtins.arity(cx, b, 1);
                Ir.Expr v = cx.exprs.expr(args.get(0), expected);
                if (Consts.constValue(v) instanceof Value.IntV iv) {
                    Type ut = v.type() instanceof Type.Int it && it.signed() ? new Type.Int(it.bits(), false) : v.type();
                    return konst(ut, new Value.IntV(iv.value().abs()), span);
                }
                if (Consts.constValue(v) instanceof Value.FloatV fv) {
                    return konst(v.type(), fv.wide() != null ? new Value.FloatV(fv.wide().abs()) : new Value.FloatV(Math.abs(fv.value())), span);
                }
                Type t = v.type() instanceof Type.Int it && it.signed() ? new Type.Int(it.bits(), false) : v.type();
                return new Ir.Builtin(Ir.BuiltinKind.ABS, List.of(v), t, span);
            }
            case "splat": {
                Builtins.arity(cx, b, 1);
                if (!(expected instanceof Type.Array at)) {
                    throw cx.error(span, "@splat must have a known result type", Checker.note(span, "use @as to provide explicit result type"));
                }
                Ir.Expr v = cx.exprs.exprAs(args.get(0), at.child());
                Value cv = Consts.constValue(v);
                if (cv != null) {
                    List<Value> vals = new ArrayList<>();
                    for (long i = 0; i < at.length(); i++) vals.add(cv);
                    return konst(at, new Value.AggregateV(at, vals), span);
                }
                List<Ir.Expr> elems = new ArrayList<>();
                for (long i = 0; i < at.length(); i++) elems.add(v);
                return new Ir.ArrayInit(at, elems, span);
            }
            case "hl_maxInt":
            case "hl_minInt": {
                Builtins.arity(cx, b, 1);
                Type t = cx.types.typeOf(args.get(0));
                if (!(t instanceof Type.Int it)) throw cx.error(span, "expected integer type, found '" + t.name() + "'");
                return konst(COMPTIME_INT, new Value.IntV(name.equals("hl_maxInt") ? it.maxBig() : it.minBig()), span);
            }
            case "hl_log2": {
                Builtins.arity(cx, b, 1);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                Value cv = cx.exprs.requireComptime(v, span, null);
                BigInteger x = Consts.intValue(cv);
                return konst(v.type(), Value.IntV.of(x.bitLength() - 1), span);
            }
            case "hl_rotl":
            case "hl_rotr": {
                Builtins.arity(cx, b, 2);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                Ir.Expr r = cx.exprs.expr(args.get(1), USIZE);
                r = cx.coercions.coerce(r, USIZE, args.get(1).span());
                return new Ir.Builtin(name.equals("hl_rotl") ? Ir.BuiltinKind.ROTL : Ir.BuiltinKind.ROTR, List.of(v, r), v.type(), span);
            }
            case "hl_unsignedOf": {
                Builtins.arity(cx, b, 1);
                Type t = cx.types.typeOf(args.get(0));
                if (!(t instanceof Type.Int it)) throw cx.error(span, "expected integer type");
                return konst(TYPE, new Value.TypeV(new Type.Int(it.bits(), false)), span);
            }
            case "hl_mulHi": {
                Builtins.arity(cx, b, 2);
                Ir.Expr l = cx.exprs.expr(args.get(0), null);
                Ir.Expr r = cx.coercions.coerce(cx.exprs.expr(args.get(1), l.type()), l.type(), args.get(1).span());
                if (l.type() instanceof Type.Int it && it.bits() > 64) {
                    throw cx.error(span, "Heap Lab does not support integers wider than 64 bits in @hl_mulHi");
                }
                return new Ir.Builtin(Ir.BuiltinKind.MUL_HI, List.of(l, r), l.type(), span);
            }
            default:
                return null;
        }
    }
}
