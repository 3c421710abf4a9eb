package org.heaplab.lang.check;

import static org.heaplab.lang.check.TypeRules.*;
import static org.heaplab.lang.check.Consts.*;

import java.math.BigInteger;
import java.util.List;
import java.nio.charset.StandardCharsets;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.Packed;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Value;
import org.heaplab.lang.types.fp.FloatBits;
import org.heaplab.lang.types.fp.FloatFns;
import org.heaplab.source.Span;

/** Casts: {@code @as}, {@code @intCast}, {@code @truncate}, {@code @bitCast}, {@code @ptrCast}, conversions between integers, floats, enums, bools and pointers. A cast that needs a result type takes it from where the value goes, as in Zig 0.14. */
final class CastBuiltins {
    private final Checker cx;

    CastBuiltins(Checker cx) {
        this.cx = cx;
    }

    /** The builtin call checked, or null when {@code name} is not one of these. */
    Ir.Expr check(String name, Ast.BuiltinCall b, Type expected) {
        List<Ast.Expr> args = b.args();
        Span span = b.span();
        switch (name) {
            case "as": {
                Builtins.arity(cx, b, 2);
                Type t = cx.types.typeOf(args.get(0));
                Ir.Expr v = cx.exprs.expr(args.get(1), t);
                return cx.coercions.coerce(v, t, args.get(1).span());
            }
            case "intCast":
                return cx.vectors.cast(b, expected, e -> intCast(b, e));
            case "truncate":
                return cx.vectors.cast(b, expected, e -> truncate(b, e));
            case "bitCast":
                return bitCast(b, expected);
            case "ptrCast":
                return ptrCast(b, expected);
            case "alignCast": {
                Builtins.arity(cx, b, 1);
                if (expected instanceof Type.ErrorUnion eu) expected = eu.payload();
                Type dest = expected instanceof Type.Optional o ? o.child() : expected;
                if (dest != null && !(dest instanceof Type.Pointer) && !(dest instanceof Type.AnyType)) {
                    throw cx.error(span, "expected pointer type, found '" + expected.name() + "'");
                }
                Ir.Expr v = cx.exprs.expr(args.get(0), expected);
                if (v.type() instanceof Type.NoReturn) return v;
                if (!(v.type() instanceof Type.Pointer) && !(v.type() instanceof Type.Optional)) {
                    throw cx.error(args.get(0).span(), "expected pointer type, found '" + v.type().name() + "'");
                }
                // the alignment of the pointer asked for (its own, else its child's); inside @ptrCast the
                // sizes may differ ([*]const u8 to *const u32): the check is the result's alignment still
                int want = expected instanceof Type.Pointer ep0 ? (ep0.alignment() != 0 ? ep0.alignment() : Layout.alignOf(ep0.child())) : 0;
                if (expected instanceof Type.Pointer ep && v.type() instanceof Type.Pointer vp && ep.isSlice() == vp.isSlice()
                        && want > 1 && !(ep.child() instanceof Type.AnyOpaque)) {
                    Type.Pointer aligned = new Type.Pointer(vp.size(), vp.child(), vp.isConst(), vp.sentinel(), want);
                    // a comptime pointer to a value (a type's sentinel, a constant) is aligned for it: nothing to check at run time
                    Value cv = Consts.constValue(v);
                    if (cv instanceof Value.RefV || cv instanceof Value.GlobalAddrV) return konst(aligned, cv, span);
                    return new Ir.Convert(Ir.ConvKind.ALIGN_CAST, v, aligned, span);
                }
                return v;
            }
            case "constCast": {
                Builtins.arity(cx, b, 1);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                if (!(v.type() instanceof Type.Pointer p)) throw cx.error(span, "expected pointer type, found '" + v.type().name() + "'");
                return new Ir.Convert(Ir.ConvKind.BITCAST, v, new Type.Pointer(p.size(), p.child(), false, p.sentinel(), p.alignment()), span);
            }
            case "fieldParentPtr": {
                // @fieldParentPtr("field", ptr): the address of the struct the field is in
                Builtins.arity(cx, b, 2);
                Type t = Builtins.resultType(cx, b, expected);
                if (!(t instanceof Type.Pointer rp) || rp.size() != Type.PtrSize.ONE || !(rp.child() instanceof StructType st)) {
                    throw cx.error(span, "expected pointer type, found '" + t.name() + "'");
                }
                Value f = cx.exprs.comptimeValue(args.get(0), cx.scope, null);
                if (!(f instanceof Value.StringV s)) throw cx.error(args.get(0).span(), "expected field name");
                String field = new String(s.bytes(), StandardCharsets.UTF_8);
                cx.sema.containers.resolveFields(st);
                int i = st.fieldIndex(field);
                if (i < 0) throw cx.error(args.get(0).span(), "no field named '" + field + "' in struct '" + st.name() + "'", cx.exprs.declaredHere(st));
                Type ft = st.fields().get(i).type();
                Ir.Expr p = cx.exprs.expr(args.get(1), new Type.Pointer(Type.PtrSize.ONE, ft, rp.isConst()));
                if (!(p.type() instanceof Type.Pointer pp) || pp.size() != Type.PtrSize.ONE) {
                    throw cx.error(args.get(1).span(), "expected pointer type, found '" + p.type().name() + "'");
                }
                if (!sameType(pp.child(), ft)) {
                    throw cx.error(args.get(1).span(), "expected type '" + new Type.Pointer(Type.PtrSize.ONE, ft, pp.isConst()).name() + "', found '" + p.type().name() + "'");
                }
                if (pp.isConst() && !rp.isConst()) throw cx.error(span, "@fieldParentPtr discards const qualifier");
                Ir.Expr addr = new Ir.Convert(Ir.ConvKind.PTR_TO_INT, p, USIZE, span);
                Ir.Expr base = new Ir.Binary(Ir.BinOp.SUB, addr, konst(USIZE, Value.IntV.of(st.offsetOf(i)), span), USIZE, span);
                return new Ir.Convert(Ir.ConvKind.INT_TO_PTR, base, t, span);
            }
            case "intFromPtr": {
                Builtins.arity(cx, b, 1);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                Type vt = v.type() instanceof Type.Optional o ? o.child() : v.type();
                if (!(vt instanceof Type.Pointer p)) throw cx.error(args.get(0).span(), "expected pointer, found '" + v.type().name() + "'");
                if (p.isSlice()) throw cx.error(args.get(0).span(), "expected pointer, found '" + v.type().name() + "'", Checker.note(args.get(0).span(), "use 'slice.ptr'"));
                return new Ir.Convert(Ir.ConvKind.PTR_TO_INT, v, USIZE, span);
            }
            case "ptrFromInt": {
                Builtins.arity(cx, b, 1);
                Type t = Builtins.resultType(cx, b, expected);
                Type pt = t instanceof Type.Optional o ? o.child() : t;
                if (!(pt instanceof Type.Pointer)) throw cx.error(span, "expected pointer type, found '" + t.name() + "'");
                Ir.Expr v = cx.exprs.expr(args.get(0), USIZE);
                if (!(v.type() instanceof Type.Int) && !(v.type() instanceof Type.ComptimeInt) && !(v.type() instanceof Type.NoReturn)) {
                    throw cx.error(args.get(0).span(), "expected type 'usize', found '" + v.type().name() + "'");
                }
                v = cx.coercions.coerce(v, USIZE, args.get(0).span());
                Value cv = Consts.constValue(v);
                if (cv instanceof Value.IntV iv) {
                    Type.Pointer pp = (Type.Pointer) pt;
                    if (iv.value().signum() == 0 && t == pt && pp.size() != Type.PtrSize.C) {
                        throw cx.error(args.get(0).span(), "pointer type '" + t.name() + "' does not allow address zero");
                    }
                    long align = pp.alignment() > 0 ? pp.alignment() : pp.child() instanceof Type.AnyOpaque || pp.child() instanceof Type.Fn ? 1 : Layout.alignOf(pp.child());
                    if (align > 1 && iv.value().mod(BigInteger.valueOf(align)).signum() != 0) {
                        throw cx.error(args.get(0).span(), "pointer type '" + t.name() + "' requires aligned address");
                    }
                }
                if (cv instanceof Value.IntV iv && cx.comptimeMode) return konst(t, new Value.AddressV(iv.value().longValue()), span);
                return new Ir.Convert(Ir.ConvKind.INT_TO_PTR, v, t, span);
            }
            case "intFromEnum": {
                Builtins.arity(cx, b, 1);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                EnumType et = v.type() instanceof EnumType e ? e : v.type() instanceof UnionType u && u.tag() != null ? u.tag() : null;
                if (et == null) throw cx.error(args.get(0).span(), "expected enum or tagged union, found '" + v.type().name() + "'");
                if (v.type() instanceof UnionType) v = cx.coercions.coerce(v, et, span);
                Value cv = Consts.constValue(v);
                if (cv instanceof Value.EnumV ev) return konst(et.tagType(), new Value.IntV(ev.tagValue()), span);
                return new Ir.Convert(Ir.ConvKind.ENUM_TO_INT, v, et.tagType(), span);
            }
            case "enumFromInt": {
                Builtins.arity(cx, b, 1);
                Type t = Builtins.resultType(cx, b, expected);
                if (!(t instanceof EnumType et)) throw cx.error(span, "expected enum, found '" + t.name() + "'");
                Ir.Expr v = cx.exprs.expr(args.get(0), et.tagType());
                if (!(v.type() instanceof Type.Int) && !(v.type() instanceof Type.ComptimeInt) && !(v.type() instanceof Type.NoReturn)) {
                    throw cx.error(args.get(0).span(), "expected integer type, found '" + v.type().name() + "'");
                }
                Value cv = Consts.constValue(v);
                if (cv instanceof Value.IntV iv) {
                    int idx = et.indexOfValue(iv.value());
                    boolean exhaustive = !et.isNonExhaustive();
                    if (idx < 0 && exhaustive) {
                        String msg = "enum '" + et.name() + "' has no tag with value '" + iv.value() + "'";
                        if (et.declaredAt != null) throw cx.error(span, msg, Checker.note(et.declaredAt, "enum declared here"));
                        throw cx.error(span, msg);
                    }
                    if (idx >= 0) return konst(et, new Value.EnumV(et, idx), span);
                }
                if (!(v.type() instanceof Type.Int)) v = cx.coercions.coerce(v, et.tagType(), args.get(0).span());
                return new Ir.Convert(Ir.ConvKind.INT_TO_ENUM, v, et, span);
            }
            case "intFromBool": {
                Builtins.arity(cx, b, 1);
                Ir.Expr v = cx.exprs.exprAs(args.get(0), BOOL);
                if (Consts.constValue(v) instanceof Value.BoolV bv) return konst(U1, Value.IntV.of(bv.value() ? 1 : 0), span);
                return new Ir.Convert(Ir.ConvKind.BOOL_TO_INT, v, U1, span);
            }
            case "floatFromInt":
                if (expected instanceof Type.Vector) return cx.vectors.cast(b, expected, e -> check("floatFromInt", b, e));
            {
                Builtins.arity(cx, b, 1);
                Type t = Builtins.resultType(cx, b, expected);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                if (v.type() instanceof Type.NoReturn) return v;
                if (!(v.type() instanceof Type.Int) && !(v.type() instanceof Type.ComptimeInt)) {
                    throw cx.error(args.get(0).span(), "expected integer type, found '" + v.type().name() + "'");
                }
                if (!(t instanceof Type.Float) && !(t instanceof Type.ComptimeFloat)) throw cx.error(span, "expected float type, found '" + t.name() + "'");
                cx.coercions.rejectWideFloat(t, span);
                if (Consts.constValue(v) instanceof Value.IntV iv) {
                    double d = t instanceof Type.Float tf && tf.bits() <= 32 ? new java.math.BigDecimal(iv.value()).floatValue() : iv.value().doubleValue();
                    return konst(t, new Value.FloatV(t instanceof Type.Float tf ? FloatFns.toType(d, tf.bits()) : d), span);
                }
                return new Ir.Convert(Ir.ConvKind.INT_TO_FLOAT, v, t, span);
            }
            case "intFromFloat":
                if (expected instanceof Type.Vector) return cx.vectors.cast(b, expected, e -> check("intFromFloat", b, e));
            {
                Builtins.arity(cx, b, 1);
                Type t = Builtins.resultType(cx, b, expected);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                if (v.type() instanceof Type.NoReturn) return v;
                if (!(v.type() instanceof Type.Float) && !(v.type() instanceof Type.ComptimeFloat)) {
                    throw cx.error(args.get(0).span(), "expected float type, found '" + v.type().name() + "'");
                }
                if (!(t instanceof Type.Int) && !(t instanceof Type.ComptimeInt)) throw cx.error(span, "expected integer type, found '" + t.name() + "'");
                if (Consts.constValue(v) instanceof Value.FloatV fv) {
                    java.math.BigInteger whole = Double.isFinite(fv.value()) ? new java.math.BigDecimal(fv.value()).toBigInteger() : null;
                    if (t instanceof Type.Int it && (whole == null || !it.fits(whole))) {
                        if (!Double.isFinite(fv.value())) {
                            String shown = Double.isNaN(fv.value()) ? "NaN" : fv.value() > 0 ? "Inf" : "-Inf";
                            throw cx.error(Checker.mainSpan(args.get(0)), "float value " + shown + " cannot be stored in integer type '" + it.name() + "'");
                        }
                        String shown = floatText(fv.value(), v.type() instanceof Type.Float f32 && f32.bits() == 32);
                        throw cx.error(Checker.mainSpan(args.get(0)), "float value '" + shown + "' cannot be stored in integer type '" + it.name() + "'");
                    }
                    if (whole != null) return konst(t, new Value.IntV(whole), span);
                }
                return new Ir.Convert(Ir.ConvKind.FLOAT_TO_INT, v, t, span);
            }
            case "floatCast":
                if (expected instanceof Type.Vector) return cx.vectors.cast(b, expected, e -> check("floatCast", b, e));
            {
                Builtins.arity(cx, b, 1);
                Type t = Builtins.resultType(cx, b, expected);
                if (!(t instanceof Type.Float) && !(t instanceof Type.ComptimeFloat)) throw cx.error(span, "expected float or vector type, found '" + t.name() + "'");
                cx.coercions.rejectWideFloat(t, span);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                if (v.type() instanceof Type.NoReturn) return v;
                if (!(v.type() instanceof Type.Float) && !(v.type() instanceof Type.ComptimeFloat)) {
                    throw cx.error(args.get(0).span(), "expected float or vector type, found '" + v.type().name() + "'");
                }
                if (Consts.constValue(v) instanceof Value.FloatV fv) {
                    return konst(t, t instanceof Type.Float tf ? new Value.FloatV(FloatFns.toType(fv.value(), tf.bits())) : fv, span);
                }
                return new Ir.Convert(Ir.ConvKind.FLOAT_CAST, v, t, span);
            }
            case "hl_sliceAsBytes": {
                Builtins.arity(cx, b, 1);
                Ir.Expr v = cx.exprs.expr(args.get(0), null);
                if (!(v.type() instanceof Type.Pointer p)) throw cx.error(span, "expected slice or pointer");
                Type rt = new Type.Pointer(Type.PtrSize.SLICE, U8, p.isConst());
                return new Ir.Builtin(Ir.BuiltinKind.SLICE_AS_BYTES, List.of(v), rt, span);
            }
            default:
                return null;
        }
    }

    Ir.Expr intCast(Ast.BuiltinCall b, Type expected) {
        Builtins.arity(cx, b, 1);
        Type t = Builtins.resultType(cx, b, expected);
        Type target = t instanceof Type.Optional o ? o.child() : t instanceof Type.ErrorUnion eu ? eu.payload() : t;
        if (!(target instanceof Type.Int it)) {
            if (target instanceof Type.ComptimeInt) return cx.exprs.expr(b.args().get(0), null);
            throw cx.error(b.span(), "expected integer or vector, found '" + target.name() + "'");
        }
        Ir.Expr v = cx.exprs.expr(b.args().get(0), it);
        Value cv = Consts.constValue(v);
        if (cv instanceof Value.IntV iv) {
            if (!it.fits(iv.value())) throw cx.error(Checker.mainSpan(b.args().get(0)), "type '" + it.name() + "' cannot represent integer value '" + iv.value() + "'");
            return konst(it, iv, b.span());
        }
        if (v.type() instanceof Type.NoReturn) return v;
        if (!(v.type() instanceof Type.Int)) throw cx.error(b.args().get(0).span(), "expected integer or vector, found '" + v.type().name() + "'");
        if (TypeRules.intFitsIn((Type.Int) v.type(), it)) return new Ir.Convert(Ir.ConvKind.INT_WIDEN, v, it, b.span());
        return new Ir.Convert(Ir.ConvKind.INT_CAST, v, it, b.span());
    }

    Ir.Expr truncate(Ast.BuiltinCall b, Type expected) {
        Builtins.arity(cx, b, 1);
        Type t = Builtins.resultType(cx, b, expected);
        if (!(t instanceof Type.Int it)) throw cx.error(b.span(), "expected integer or vector, found '" + t.name() + "'");
        Ir.Expr v = cx.exprs.expr(b.args().get(0), null);
        if (v.type() instanceof Type.NoReturn) return v;
        if (!(v.type() instanceof Type.Int) && !(v.type() instanceof Type.ComptimeInt)) {
            throw cx.error(b.args().get(0).span(), "expected integer or vector, found '" + v.type().name() + "'");
        }
        if (v.type() instanceof Type.Int vt && vt.bits() < it.bits()) {
            throw cx.error(b.span(), "destination type '" + it.name() + "' has more bits than source type '" + vt.name() + "'",
                    Checker.note(b.span(), "destination type has " + it.bits() + " bits"),
                    Checker.note(b.args().get(0).span(), "operand type has " + vt.bits() + " bits"));
        }
        Value cv = Consts.constValue(v);
        if (cv instanceof Value.IntV iv) return konst(it, new Value.IntV(TypeRules.wrap(iv.value(), it)), b.span());
        return new Ir.Convert(Ir.ConvKind.TRUNCATE, v, it, b.span());
    }

    Ir.Expr bitCast(Ast.BuiltinCall b, Type expected) {
        Builtins.arity(cx, b, 1);
        Type t = Builtins.resultType(cx, b, expected);
        cx.coercions.rejectWideFloat(t, b.span());
        Ir.Expr v = cx.exprs.expr(b.args().get(0), null);
        if (v.type() instanceof Type.NoReturn) return v;
        if (v.type() instanceof Type.ComptimeInt && t instanceof Type.Int it) return cx.coercions.coerce(v, it, b.span());
        bitCastKinds(t, v.type(), b.span(), Checker.mainSpan(b.args().get(0)));
        long dstBits = Packed.bitSize(t);
        long srcBits = Packed.bitSize(v.type());
        if (dstBits != srcBits) {
            throw cx.error(b.span(), "@bitCast size mismatch: destination type '" + t.name() + "' has " + dstBits
                    + " bits but source type '" + v.type().name() + "' has " + srcBits + " bits");
        }
        Value cv = Consts.constValue(v);
        if (cv instanceof Value.IntV iv && t instanceof Type.Int it) return konst(it, new Value.IntV(TypeRules.wrap(iv.value(), it)), b.span());
        boolean packedCast = Packed.isPacked(t) || Packed.isPacked(v.type());
        if (packedCast && cv != null && !(cv instanceof Value.UndefV) && (t instanceof Type.Int || Packed.isPacked(t))
                && (v.type() instanceof Type.Int || Packed.isPacked(v.type()))) {
            return konst(t, Packed.value(t, Packed.bits(v.type(), cv)), b.span());
        }
        // int <-> float bits, comptime-known (std.math.inf and friends are such casts)
        if (cv instanceof Value.IntV iv && t instanceof Type.Float tf && tf.bits() <= 64) {
            return konst(tf, new Value.FloatV(FloatBits.fromBits(iv.value().longValue(), tf.bits())), b.span());
        }
        if (cv instanceof Value.FloatV fv && v.type() instanceof Type.Float vf && vf.bits() <= 64 && t instanceof Type.Int it) {
            BigInteger raw = new BigInteger(Long.toUnsignedString(FloatBits.toBits(fv.value(), vf.bits())));
            return konst(it, new Value.IntV(TypeRules.wrap(raw, it)), b.span());
        }
        if (cv != null && !(cv instanceof Value.UndefV)) {
            // arrays of numbers and strings reinterpreted as little-endian bytes (comptime mem.readInt)
            Value folded = ComptimeBitCast.cast(cv, v.type(), t);
            if (folded != null) return konst(t, folded, b.span());
        }
        return new Ir.Convert(Ir.ConvKind.BITCAST, v, t, b.span());
    }

    /** Zig's refusals of @bitCast by the kind of the destination and of the operand, with its notes. */
    private void bitCastKinds(Type t, Type from, Span span, Span argSpan) {
        if (t instanceof Type.Pointer || t instanceof EnumType || t instanceof Type.Optional || t instanceof Type.ErrorUnion
                || t instanceof org.heaplab.lang.types.ErrorSetType || t instanceof Type.Void || t instanceof Type.TypeType
                || t instanceof Type.ComptimeInt || t instanceof Type.ComptimeFloat || t instanceof Type.Fn) {
            String note = null;
            if (t instanceof Type.Pointer && (from instanceof Type.Int || from instanceof Type.ComptimeInt)) note = "use @ptrFromInt to cast from '" + from.name() + "'";
            else if (t instanceof Type.Pointer && from instanceof Type.Pointer) note = "use @ptrCast to cast from '" + from.name() + "'";
            else if (t instanceof EnumType && (from instanceof Type.Int || from instanceof Type.ComptimeInt)) note = "use @enumFromInt to cast from '" + from.name() + "'";
            String message = "cannot @bitCast to '" + t.name() + "'";
            throw note == null ? cx.error(span, message) : cx.error(span, message, Checker.note(span, note));
        }
        if (t instanceof StructType st && !st.isPacked() && !st.isExtern()) {
            throw cx.error(span, "cannot @bitCast to '" + t.name() + "'; struct does not have a guaranteed in-memory layout", cx.exprs.declaredHere(t));
        }
        if (from instanceof Type.Pointer || from instanceof EnumType || from instanceof Type.Optional || from instanceof Type.ErrorUnion
                || from instanceof org.heaplab.lang.types.ErrorSetType || from instanceof Type.Void || from instanceof Type.TypeType
                || from instanceof Type.ComptimeFloat || from instanceof Type.Fn) {
            String note = null;
            if (from instanceof Type.Pointer && t instanceof Type.Int) note = "use @intFromPtr to cast to '" + t.name() + "'";
            else if (from instanceof EnumType && t instanceof Type.Int) note = "use @intFromEnum to cast to '" + t.name() + "'";
            String message = "cannot @bitCast from '" + from.name() + "'";
            throw note == null ? cx.error(argSpan, message) : cx.error(argSpan, message, Checker.note(argSpan, note));
        }
        if (from instanceof StructType st && !st.isPacked() && !st.isExtern()) {
            throw cx.error(argSpan, "cannot @bitCast from '" + from.name() + "'; struct does not have a guaranteed in-memory layout", cx.exprs.declaredHere(from));
        }
    }

    Ir.Expr ptrCast(Ast.BuiltinCall b, Type expected) {
        Builtins.arity(cx, b, 1);
        Type t = Builtins.resultType(cx, b, expected);
        Type pt = t instanceof Type.Optional o ? o.child() : t;
        if (!(pt instanceof Type.Pointer)) throw cx.error(b.span(), "expected pointer type, found '" + t.name() + "'");
        Ir.Expr v = cx.exprs.expr(b.args().get(0), t);
        if (v.type() instanceof Type.NoReturn) return v;
        // @ptrCast(@alignCast(p)) is one cast: Zig checks the alignment at the @ptrCast
        if (v instanceof Ir.Convert ac && ac.kind() == Ir.ConvKind.ALIGN_CAST) v = new Ir.Convert(ac.kind(), ac.operand(), ac.type(), b.span());
        Type vt = v.type() instanceof Type.Optional o ? o.child() : v.type();
        if (!(vt instanceof Type.Pointer)) throw cx.error(b.args().get(0).span(), "expected pointer type, found '" + v.type().name() + "'");
        if (((Type.Pointer) vt).isSlice() && !((Type.Pointer) pt).isSlice() && !(v.type() instanceof Type.Optional)) {
            // a slice to a pointer: its .ptr, reinterpreted
            Type.Pointer sp = (Type.Pointer) vt;
            v = cx.exprs.fieldOf(v, "ptr", b.args().get(0).span(), b.args().get(0).span());
            vt = v.type();
        }
        if (((Type.Pointer) pt).isSlice() && vt instanceof Type.Pointer one && one.size() == Type.PtrSize.ONE && one.child() instanceof Type.Array arr
                && !(v.type() instanceof Type.Optional)) {
            // a pointer to an array to a slice: the array's length (elements of the same size)
            if (Layout.sizeOf(arr.child()) != Layout.sizeOf(((Type.Pointer) pt).child())) {
                throw cx.error(b.span(), "TODO: implement @ptrCast between slices changing the length");
            }
            v = cx.coercions.coerce(v, new Type.Pointer(Type.PtrSize.SLICE, arr.child(), one.isConst()), b.args().get(0).span());
            vt = v.type();
        }
        if (((Type.Pointer) vt).isSlice() != ((Type.Pointer) pt).isSlice()) {
            throw cx.error(b.span(), "cannot cast between slices and pointers with @ptrCast");
        }
        if (((Type.Pointer) vt).isConst() && !((Type.Pointer) pt).isConst()) {
            throw cx.error(b.span(), "@ptrCast discards const qualifier", Checker.note(b.span(), "use @constCast to discard const qualifier"));
        }
        Value cv = Consts.constValue(v);
        if (cv != null && !(cv instanceof Value.UndefV)) {
            // a pointer cast to an optional pointer is a non-null optional
            if (t instanceof Type.Optional && !(v.type() instanceof Type.Optional)) cv = new Value.OptionalV(cv);
            return konst(t, cv, b.span());
        }
        return new Ir.Convert(Ir.ConvKind.BITCAST, v, t, b.span());
    }}
