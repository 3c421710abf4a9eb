package org.heaplab.lang.check;

import static org.heaplab.lang.check.Checker.note;
import static org.heaplab.lang.check.TypeRules.*;
import static org.heaplab.lang.check.Consts.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.heaplab.diag.Diagnostic;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.ErrorSetType;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Value;
import org.heaplab.lang.types.fp.F128;
import org.heaplab.lang.types.fp.FloatFns;
import org.heaplab.source.Span;

/** Zig's implicit conversions (coercion) and peer type resolution. */
final class Coercions {
    private final Checker cx;

    Coercions(Checker cx) {
        this.cx = cx;
    }

    // ------------------------------------------------------------------ coercion

    /** Converts {@code e} to {@code target} as Zig's implicit coercion would, or reports Zig's error. */
    Ir.Expr coerce(Ir.Expr e, Type target, Span span) {
        return coerce(e, target, span, new Diagnostic.Note[0]);
    }

    /** {@link #coerce}, with more notes after Zig's own when it fails (where the parameter's type was declared). */
    Ir.Expr coerce(Ir.Expr e, Type target, Span span, Diagnostic.Note... extra) {
        Ir.Expr r = tryCoerce(e, target, span);
        if (r != null) return r;
        // Zig reports a call's result at the call's '('
        if (e instanceof Ir.Call call && span.file() == call.site().file()) span = call.site();
        if (e instanceof Ir.CallPtr call && span.file() == call.site().file()) span = call.site();
        // and an arithmetic result at its operator
        if (e instanceof Ir.Binary bin && span.file() == bin.span().file() && span.start() <= bin.span().start() && bin.span().end() <= span.end()) {
            span = bin.span();
        }
        Type from = e.type();
        // an error the wanted set does not have: Zig names the two sets, at the error's name
        ErrorSetType wantSet = target instanceof Type.ErrorUnion teu ? teu.errorSet() : target instanceof ErrorSetType tes ? tes : null;
        if (wantSet != null && from instanceof ErrorSetType && constValue(e) instanceof Value.ErrorV ev && wantSet.names() != null
                && !wantSet.isInferred() && !wantSet.names().contains(ev.name())) {
            Span at = span.text().startsWith("error.") ? new Span(span.file(), span.start() + 6, span.end()) : span;
            throw cx.error(at, "expected type '" + wantSet.name() + "', found type '" + from.name() + "'");
        }
        List<Diagnostic.Note> notes = new ArrayList<>();
        if (from instanceof Type.Optional o && sameType(o.child(), target)) {
            notes.add(note(span, "cannot convert optional to payload type"));
            notes.add(note(span, "consider using '.?', 'orelse', or 'if'"));
            if (target instanceof Type.Pointer tp && tp.size() != Type.PtrSize.SLICE) {
                notes.add(note(span, "'" + from.name() + "' could have null values which are illegal in type '" + target.name() + "'"));
            }
        } else if (from instanceof Type.ErrorUnion eu && sameType(eu.payload(), target)) {
            notes.add(note(span, "cannot convert error union to payload type"));
            notes.add(note(span, "consider using 'try', 'catch', or 'if'"));
        } else if (from instanceof Type.Pointer fp && target instanceof Type.Pointer tp && fp.isConst() && !tp.isConst()) {
            notes.add(note(span, "cast discards const qualifier"));
        } else if (from instanceof Type.Pointer fp && target instanceof Type.Pointer tp && fp.size() == tp.size()
                && !alignmentOk(fp, tp) && pointerCompatible(fp.child(), tp.child())) {
            notes.add(note(span, "pointer alignment '" + pointerAlignment(fp) + "' cannot cast into pointer alignment '" + tp.alignment() + "'"));
        } else if (from instanceof Type.Pointer fp && target instanceof Type.Pointer tp && fp.size() == tp.size()
                && fp.child() instanceof Type.Int && tp.child() instanceof Type.Int && !sameType(fp.child(), tp.child())) {
            notes.add(note(span, "pointer type child '" + fp.child().name() + "' cannot cast into pointer type child '" + tp.child().name() + "'"));
        } else if (from instanceof Type.Int fi && target instanceof Type.Int ti) {
            notes.add(note(span, intDescription(ti) + " int cannot represent all possible " + intDescription(fi) + " values"));
        }
        // Zig says where a struct or enum it wanted is declared
        if (target instanceof StructType st && st.ast() != null && !st.isTuple() || target instanceof EnumType et && et.declaredAt != null) {
            notes.add(cx.exprs.declaredHere(target));
        }
        notes.addAll(List.of(extra));
        throw cx.error(span, "expected type '" + target.name() + "', found '" + from.name() + "'", notes.toArray(Diagnostic.Note[]::new));
    }

    /** How Zig's notes describe an integer type: "unsigned 32-bit". */
    private static String intDescription(Type.Int t) {
        return (t.signed() ? "signed " : "unsigned ") + t.bits() + "-bit";
    }

    /** Like {@link #coerce} but returns null instead of reporting. */
    Ir.Expr tryCoerce(Ir.Expr e, Type target, Span span) {
        Type from = e.type();
        if (target == null || target instanceof Type.AnyType) return e;
        if (from.equals(target)) return e;
        if (from instanceof Type.NoReturn) return e;
        Value cv = constValue(e);
        // nothing has type noreturn: no value, not even undefined, becomes one
        if (target instanceof Type.NoReturn) throw cx.error(span, "cannot cast to noreturn");
        if (cv instanceof Value.UndefV) return konst(target, Value.UndefV.INSTANCE, e.span());

        // integers and floats
        if (target instanceof Type.Int ti) {
            if (from instanceof Type.ComptimeInt || (cv instanceof Value.IntV && from instanceof Type.Int)) {
                if (cv == null) return null;
                BigInteger v = intValue(cv);
                if (v == null) return null;
                if (!ti.fits(v)) {
                    throw cx.error(span, "type '" + ti.name() + "' cannot represent integer value '" + v + "'");
                }
                return konst(target, new Value.IntV(v), e.span());
            }
            if (from instanceof Type.Int fi) {
                if (sameType(fi, ti)) return new Ir.Convert(Ir.ConvKind.INT_WIDEN, e, target, e.span());
                if (intFitsIn(fi, ti)) return new Ir.Convert(Ir.ConvKind.INT_WIDEN, e, target, e.span());
                return null;
            }
            if (from instanceof Type.ComptimeFloat && cv instanceof Value.FloatV fv && fv.exact().isInteger()) {
                // exactly, at f128 and not through a long (1e19 is a u64)
                BigInteger v = fv.exact().toBigInteger();
                if (!ti.fits(v)) {
                    // Zig judges the f128 value but names it as an f64 ({d}): 1e309 is 'inf', 1e30 its digits
                    double d = fv.value();
                    String shown = Double.isInfinite(d) ? (d > 0 ? "inf" : "-inf") : floatText(d, false);
                    throw cx.error(e.span(), "float value '" + shown + "' cannot be stored in integer type '" + ti.name() + "'");
                }
                return konst(target, new Value.IntV(v), e.span());
            }
            return null;
        }
        if (target instanceof Type.ComptimeInt && from instanceof Type.Int && cv instanceof Value.IntV) {
            return konst(target, cv, e.span());
        }
        if (target instanceof Type.Float tf) {
            rejectWideFloat(tf, e.span());
            if ((from instanceof Type.ComptimeFloat || from instanceof Type.ComptimeInt) && cv != null) {
                // rounded once, from the comptime value's f128 (through f64 it would round twice)
                F128 w = cv instanceof Value.FloatV f ? f.exact() : F128.of(intValue(cv));
                double d = tf.bits() == 32 ? w.toFloat() : FloatFns.toType(w.toDouble(), tf.bits());
                return konst(target, new Value.FloatV(d), e.span());
            }
            // a comptime-known integer of a sized type (an array's len), rounded to the float as Zig does
            if (from instanceof Type.Int && cv instanceof Value.IntV iv) {
                return konst(target, new Value.FloatV(FloatFns.toType(iv.value().doubleValue(), tf.bits())), e.span());
            }
            if (from instanceof Type.Float ff && ff.bits() <= tf.bits()) return new Ir.Convert(Ir.ConvKind.FLOAT_CAST, e, target, e.span());
            return null;
        }
        if (target instanceof Type.ComptimeFloat && from instanceof Type.ComptimeInt && cv != null) {
            return konst(target, new Value.FloatV(F128.of(intValue(cv))), e.span());
        }

        // a C pointer takes null: it is its own optional
        if (from instanceof Type.Null && target instanceof Type.Pointer cp && cp.size() == Type.PtrSize.C) {
            return konst(target, Value.NullV.INSTANCE, e.span());
        }
        // optionals
        if (target instanceof Type.Optional to) {
            if (from instanceof Type.Null) return konst(target, Value.NullV.INSTANCE, e.span());
            if (from instanceof Type.Optional fo) {
                if (pointerCompatible(fo.child(), to.child())) return new Ir.Convert(Ir.ConvKind.BITCAST, e, target, e.span());
                // ?T to ??T: the optional is the payload
                if (!(to.child() instanceof Type.Optional)) return null;
            }
            Ir.Expr inner = tryCoerce(e, to.child(), span);
            if (inner == null) return null;
            Value iv = constValue(inner);
            if (iv != null && !(iv instanceof Value.UndefV)) return konst(target, new Value.OptionalV(iv), e.span());
            return new Ir.Convert(Ir.ConvKind.WRAP_OPTIONAL, inner, target, e.span());
        }

        // error unions and error sets
        if (target instanceof Type.ErrorUnion teu) {
            if (from instanceof Type.ErrorUnion feu) {
                // at compile time a known payload (or an error the target set has) coerces whatever the set
                // (a comptime call of a function with an inferred error set gives anyerror!T)
                boolean payloadFits = sameType(feu.payload(), teu.payload()) || pointerCompatible(feu.payload(), teu.payload());
                if (cx.executing && cv != null && !(cv instanceof Value.UndefV) && payloadFits
                        && (!(cv instanceof Value.ErrorV ev) || teu.errorSet().contains(ev.name()))) {
                    return konst(target, cv, e.span());
                }
                if (!errorSetCoerces(feu.errorSet(), teu.errorSet())) return null;
                if (!sameType(feu.payload(), teu.payload()) && !pointerCompatible(feu.payload(), teu.payload())) return null;
                if (cv instanceof Value.ErrorV ev) teu.errorSet().addInferred(ev.name());
                // a comptime-known error union is its error or its payload's value
                if (cv != null && cx.executing) return konst(target, cv, e.span());
                return new Ir.Convert(Ir.ConvKind.ERROR_SET, e, target, e.span());
            }
            if (from instanceof ErrorSetType fes) {
                if (!errorSetCoerces(fes, teu.errorSet())) return null;
                if (cv instanceof Value.ErrorV ev) teu.errorSet().addInferred(ev.name());
                if (cv instanceof Value.ErrorV && cx.executing) return konst(target, cv, e.span());
                return new Ir.Convert(Ir.ConvKind.WRAP_ERROR, e, target, e.span());
            }
            Ir.Expr inner = tryCoerce(e, teu.payload(), span);
            if (inner == null) return null;
            Value iv = constValue(inner);
            if (iv != null && !(iv instanceof Value.UndefV) && !(iv instanceof Value.ErrorV) && cx.executing) return konst(target, iv, e.span());
            return new Ir.Convert(Ir.ConvKind.WRAP_PAYLOAD, inner, target, e.span());
        }
        if (target instanceof ErrorSetType tes && from instanceof ErrorSetType fes) {
            if (!errorSetCoerces(fes, tes)) return null;
            if (cv != null) return konst(target, cv, e.span());
            return new Ir.Convert(Ir.ConvKind.ERROR_SET, e, target, e.span());
        }

        // decl literals: `.empty` where a `T` is expected is `T.empty`
        if (cv instanceof Value.EnumLitV lit && (target instanceof StructType || target instanceof UnionType ut && ut.fieldIndex(lit.name()) < 0)) {
            Ir.Expr decl = cx.exprs.declLiteral(target, lit.name(), span);
            if (decl != null) return tryCoerce(decl, target, span);
        }

        // enums and unions
        if (target instanceof EnumType et && cv instanceof Value.EnumLitV lit) {
            int i = et.indexOf(lit.name());
            if (i < 0) {
                // Zig marks the name after the '.'
                Span name = span.end() - span.start() > 1 && span.text().startsWith(".") ? new Span(span.file(), span.start() + 1, span.end()) : span;
                throw cx.error(name, (cx.inSwitchItem ? "no field named '" + lit.name() + "' in enum '" + et.name() + "'"
                        : "enum '" + et.name() + "' has no member named '" + lit.name() + "'"), cx.exprs.declaredHere(et));
            }
            return konst(target, new Value.EnumV(et, i), e.span());
        }
        if (target instanceof UnionType ut && cv instanceof Value.EnumLitV lit && ut.tag() != null) {
            int i = ut.fieldIndex(lit.name());
            if (i >= 0 && ut.fields().get(i).type() instanceof Type.Void) {
                return konst(target, new Value.UnionV(ut, i, Value.VoidV.INSTANCE), e.span());
            }
            return null;
        }
        // a value of a tagged union's tag type whose field is void: that union value (Shape.point as a Shape)
        if (target instanceof UnionType ut && ut.tag() != null && from == ut.tag() && cv instanceof Value.EnumV ev) {
            int i = ut.fieldIndex(ut.tag().fieldName(ev.index()));
            if (i >= 0 && ut.fields().get(i).type() instanceof Type.Void) {
                return konst(target, new Value.UnionV(ut, i, Value.VoidV.INSTANCE), e.span());
            }
            return null;
        }
        if (target instanceof EnumType et && from instanceof UnionType ut && ut.tag() == et) {
            if (cv instanceof Value.UnionV uv) return konst(et, new Value.EnumV(et, uv.fieldIndex()), e.span());
            return new Ir.Convert(Ir.ConvKind.UNION_TO_TAG, e, target, e.span());
        }

        // pointers
        if (target instanceof Type.Pointer tp) {
            if (cv instanceof Value.FnV fv && tp.child() instanceof Type.Fn) {
                cx.sema.instances.functionValue(fv.fn(), span);
                return konst(target, cv, e.span());
            }
            if (from instanceof Type.Pointer fp) {
                Ir.Expr r = coercePointer(e, fp, tp);
                if (r != null) return r;
            }
            return null;
        }
        if (target instanceof Type.Fn && cv instanceof Value.FnV fv2) {
            cx.sema.instances.functionValue(fv2.fn(), span);
            return konst(target, cv, e.span());
        }

        if (target instanceof Type.Vector || from instanceof Type.Vector && target instanceof Type.Array) {
            Ir.Expr v = cx.vectors.coerce(e, target, span);
            if (v != null) return v;
        }
        // arrays from comptime tuples
        if (target instanceof Type.Array ta && cv instanceof Value.AggregateV av && av.type() instanceof StructType st
                && st.isTuple() && av.elements().size() == ta.length()) {
            List<Value> elems = new ArrayList<>();
            for (Value el : av.elements()) {
                Ir.Expr c = coerce(konst(typeOfValue(el), el, e.span()), ta.child(), span);
                elems.add(constValue(c));
            }
            return konst(target, new Value.AggregateV(target, elems), e.span());
        }
        if (target instanceof Type.Array ta && from instanceof Type.Array fa && fa.length() == ta.length()
                && sameType(fa.child(), ta.child())) {
            // [N:s]T to [N]T: the sentinel is left behind (the value is one element shorter)
            if (fa.sentinel() != null && ta.sentinel() == null) {
                return cv != null ? konst(target, cv, e.span()) : new Ir.Convert(Ir.ConvKind.BITCAST, e, target, e.span());
            }
            return e;
        }
        if (target instanceof StructType ts && from instanceof StructType fs && fs.isTuple() && cv instanceof Value.AggregateV av) {
            return coerceAnonStruct(av, fs, ts, e.span(), span);
        }
        if (target instanceof Type.TypeType && cv instanceof Value.TypeV) return konst(target, cv, e.span());
        return null;
    }

    /** An anonymous struct literal (comptime) to a named struct: match fields by name, fill defaults. */
    Ir.Expr coerceAnonStruct(Value.AggregateV av, StructType from, StructType to, Span at, Span span) {
        cx.sema.containers.resolveFields(to);
        List<Value> vals = new ArrayList<>();
        for (int i = 0; i < to.fields().size(); i++) {
            StructType.Field f = to.fields().get(i);
            int j = from.fieldIndex(f.name());
            Value v;
            if (j >= 0) {
                Value src = av.elements().get(j);
                v = constValue(coerce(konst(from.fields().get(j).type(), src, at), f.type(), span));
            } else {
                v = cx.sema.containers.fieldDefault(to, i);
                if (v == null) return null;
            }
            vals.add(v);
        }
        for (StructType.Field f : from.fields()) {
            if (to.fieldIndex(f.name()) < 0) return null;
        }
        return konst(to, new Value.AggregateV(to, vals), at);
    }

    Ir.Expr coercePointer(Ir.Expr e, Type.Pointer fp, Type.Pointer tp) {
        Value cv = constValue(e);
        // *T -> *const T, []T -> []const T, [*]T -> [*]const T
        if (fp.size() == tp.size() && (!fp.isConst() || tp.isConst()) && pointerCompatible(fp.child(), tp.child())
                && sentinelOk(fp, tp) && alignmentOk(fp, tp)) {
            return cv != null ? konst(tp, cv, e.span()) : new Ir.Convert(Ir.ConvKind.BITCAST, e, tp, e.span());
        }
        // *[N]T -> []T / [*]T; a pointer to an empty array may also lose its const (`&[_]T{}` as a []T): there is nothing to write
        if (fp.size() == Type.PtrSize.ONE && fp.child() instanceof Type.Array arr && (!fp.isConst() || tp.isConst() || arr.length() == 0)) {
            if (tp.size() == Type.PtrSize.SLICE && pointerCompatible(arr.child(), tp.child())
                    && (tp.sentinel() == null || tp.sentinel().equals(arr.sentinel()))) {
                // a slice of a comptime variable's array stays a pointer into the variable
                if (cv instanceof Value.CellPtrV) return konst(tp, cv, e.span());
                if (cv != null && !(cv instanceof Value.UndefV)) return konst(tp, cv, e.span());
                return new Ir.Convert(Ir.ConvKind.ARRAY_PTR_TO_SLICE, e, tp, e.span());
            }
            if ((tp.size() == Type.PtrSize.MANY || tp.size() == Type.PtrSize.C) && pointerCompatible(arr.child(), tp.child())) {
                return cv != null ? konst(tp, cv, e.span()) : new Ir.Convert(Ir.ConvKind.ARRAY_PTR_TO_MANY, e, tp, e.span());
            }
        }
        // [:s]T -> [*:s]T: a sentinel-terminated slice is its pointer
        if (fp.size() == Type.PtrSize.SLICE && tp.size() == Type.PtrSize.MANY && fp.sentinel() != null
                && fp.sentinel().equals(tp.sentinel()) && (!fp.isConst() || tp.isConst()) && pointerCompatible(fp.child(), tp.child())) {
            return new Ir.SliceField(e, false, tp, e.span());
        }
        // *T -> *anyopaque
        if (tp.child() instanceof Type.AnyOpaque && fp.size() != Type.PtrSize.SLICE && (!fp.isConst() || tp.isConst())) {
            return cv != null ? konst(tp, cv, e.span()) : new Ir.Convert(Ir.ConvKind.BITCAST, e, tp, e.span());
        }
        // *T -> [*]T is not allowed; [*c]T converts both ways
        if ((fp.size() == Type.PtrSize.C || tp.size() == Type.PtrSize.C) && fp.size() != Type.PtrSize.SLICE
                && tp.size() != Type.PtrSize.SLICE && pointerCompatible(fp.child(), tp.child())) {
            return new Ir.Convert(Ir.ConvKind.BITCAST, e, tp, e.span());
        }
        return null;
    }

    /**
     * f80 and f128 (and c_longdouble) exist as types (their @typeInfo, @sizeOf, std.math's float
     * queries) but Heap Lab has no values of them: making one is a compile error, never a wrong value.
     */
    void rejectWideFloat(Type t, Span span) {
        if (t instanceof Type.Float f && f.bits() > 64) {
            throw cx.error(span, "Heap Lab does not support values of type '" + f.name() + "' yet (f16, f32 and f64 only)");
        }
    }

    /** A pointer may lose alignment, not gain it: *T (align 4) is no *align(8) T (checked for single-item pointers). */
    static boolean alignmentOk(Type.Pointer fp, Type.Pointer tp) {
        return tp.alignment() == 0 || tp.size() != Type.PtrSize.ONE || tp.alignment() <= pointerAlignment(fp);
    }

    /** A pointer's alignment: its declared one, else its child type's. */
    static int pointerAlignment(Type.Pointer p) {
        return p.alignment() != 0 ? p.alignment() : org.heaplab.lang.types.Layout.alignOf(p.child());
    }

    static boolean sentinelOk(Type.Pointer fp, Type.Pointer tp) {
        return tp.sentinel() == null || tp.sentinel().equals(fp.sentinel());
    }

    // ------------------------------------------------------------------ peer types

    /** The type that every one of these expressions coerces to (Zig's peer type resolution). */
    Type peerType(List<Ir.Expr> exprs, Span span) {
        Type result = null;
        Ir.Expr first = null;
        for (Ir.Expr e : exprs) {
            Type t = e.type();
            if (t instanceof Type.NoReturn) continue;
            if (result == null) {
                result = t;
                first = e;
                continue;
            }
            Type p = peer2(result, t, e);
            // a comptime-known integer (an array's len) takes a float peer's type, either side
            if (p == null && t instanceof Type.Int && result instanceof Type.Float && constValue(e) instanceof Value.IntV) p = result;
            if (p == null && result instanceof Type.Int && t instanceof Type.Float && first != null && sameType(first.type(), result)
                    && constValue(first) instanceof Value.IntV) p = t;
            if (p == null) {
                throw cx.error(span, "incompatible types: '" + result.name() + "' and '" + t.name() + "'",
                        note(first.span(), "type '" + result.name() + "' here"), note(e.span(), "type '" + t.name() + "' here"));
            }
            result = p;
        }
        return result == null ? NORETURN : result;
    }

    Type peer2(Type a, Type b, Ir.Expr bExpr) {
        if (sameType(a, b)) return a;
        if (a instanceof Type.Undefined) return b;
        if (b instanceof Type.Undefined) return a;
        if (a instanceof Type.ComptimeInt && (b instanceof Type.Int || b instanceof Type.Float || b instanceof Type.ComptimeFloat)) return b;
        if (b instanceof Type.ComptimeInt && (a instanceof Type.Int || a instanceof Type.Float || a instanceof Type.ComptimeFloat)) return a;
        if (a instanceof Type.ComptimeFloat && b instanceof Type.Float) return b;
        if (b instanceof Type.ComptimeFloat && a instanceof Type.Float) return a;
        if (a instanceof Type.Int ia && b instanceof Type.Int ib) {
            if (intFitsIn(ia, ib)) return ib;
            if (intFitsIn(ib, ia)) return ia;
            // a comptime-known value of one type may fit the other
            if (constValue(bExpr) instanceof Value.IntV v && ia.fits(v.value())) return ia;
            return null;
        }
        if (a instanceof Type.Float fa && b instanceof Type.Float fb) return fa.bits() >= fb.bits() ? fa : fb;
        if (a instanceof Type.Null) return b instanceof Type.Optional || isCPointer(b) ? b : new Type.Optional(b);
        if (b instanceof Type.Null) return a instanceof Type.Optional || isCPointer(a) ? a : new Type.Optional(a);
        if (a instanceof Type.Optional oa && peer2(oa.child(), b, bExpr) instanceof Type t) return new Type.Optional(t instanceof Type.Optional ? ((Type.Optional) t).child() : t);
        if (b instanceof Type.Optional ob && peer2(a, ob.child(), bExpr) instanceof Type t) return new Type.Optional(t instanceof Type.Optional ? ((Type.Optional) t).child() : t);
        if (a instanceof Type.ErrorUnion ea && b instanceof ErrorSetType) return ea;
        if (b instanceof Type.ErrorUnion eb && a instanceof ErrorSetType) return eb;
        if (a instanceof ErrorSetType ea && !(b instanceof ErrorSetType)) return new Type.ErrorUnion(ea, b);
        if (b instanceof ErrorSetType eb && !(a instanceof ErrorSetType)) return new Type.ErrorUnion(eb, a);
        if (a instanceof ErrorSetType && b instanceof ErrorSetType) return ErrorSetType.ANYERROR;
        if (a instanceof Type.ErrorUnion ea && b instanceof Type.ErrorUnion eb && sameType(ea.payload(), eb.payload())) {
            return new Type.ErrorUnion(ErrorSetType.ANYERROR, ea.payload());
        }
        if (a instanceof Type.ErrorUnion ea && peer2(ea.payload(), b, bExpr) instanceof Type t) return new Type.ErrorUnion(ea.errorSet(), t);
        if (b instanceof Type.ErrorUnion eb && peer2(a, eb.payload(), null) instanceof Type t) return new Type.ErrorUnion(eb.errorSet(), t);
        // a tagged union and its tag type: the union (expectEqual(Tok.plus, tok))
        if (a instanceof UnionType ua && ua.tag() != null && b == ua.tag()) return a;
        if (b instanceof UnionType ub && ub.tag() != null && a == ub.tag()) return b;
        if (a instanceof Type.EnumLiteral && (b instanceof EnumType || b instanceof UnionType)) return b;
        if (b instanceof Type.EnumLiteral && (a instanceof EnumType || a instanceof UnionType)) return a;
        if (a instanceof Type.Pointer pa && b instanceof Type.Pointer pa2) return peerPointers(pa, pa2);
        if (a instanceof StructType ta && b instanceof StructType tb && ta.isTuple() && tb.isTuple()) {
            if (tupleHolds(ta, tb)) return ta;
            if (tupleHolds(tb, ta)) return tb;
        }
        return null;
    }

    /**
     * Zig resolves two tuples of one length field by field; here the result is one of them, the
     * one with runtime fields whose types are each field's peer type ({@code .{ r, c }} and
     * {@code .{ 99, 99 }} resolve to {@code struct{usize, usize}}).
     */
    private boolean tupleHolds(StructType wide, StructType other) {
        var wf = wide.fields();
        var of = other.fields();
        if (wf.size() != of.size()) return false;
        for (int i = 0; i < wf.size(); i++) {
            if (wf.get(i).isComptime()) return false;
            Type p = peer2(wf.get(i).type(), of.get(i).type(), null);
            if (p == null || !sameType(p, wf.get(i).type())) return false;
        }
        return true;
    }

    /**
     * Zig's peer type of two pointers to the same element type: pointers to arrays of one
     * length stay that; pointers to arrays of two lengths, or with a slice, make a slice; with a
     * many-pointer, a many-pointer (a many-pointer and a slice do not resolve). The result is
     * const when either is, and keeps a sentinel only when both have it.
     */
    private static Type peerPointers(Type.Pointer pa, Type.Pointer pb) {
        boolean isConst = pa.isConst() || pb.isConst();
        Type ea = elementType(pa);
        Type eb = elementType(pb);
        boolean arrA = pa.size() == Type.PtrSize.ONE && pa.child() instanceof Type.Array;
        boolean arrB = pb.size() == Type.PtrSize.ONE && pb.child() instanceof Type.Array;
        if (ea != null && eb != null && sameType(ea, eb) && pa.size() != Type.PtrSize.C && pb.size() != Type.PtrSize.C) {
            Value sa = sentinelOf(pa);
            Value s = sa != null && sa.equals(sentinelOf(pb)) ? sa : null;
            if (arrA && arrB) {
                Type.Array xa = (Type.Array) pa.child();
                Type.Array xb = (Type.Array) pb.child();
                if (xa.length() == xb.length()) return new Type.Pointer(Type.PtrSize.ONE, new Type.Array(xa.length(), ea, s), isConst);
                return new Type.Pointer(Type.PtrSize.SLICE, ea, isConst, s, 0);
            }
            Type.PtrSize za = arrA ? null : pa.size();
            Type.PtrSize zb = arrB ? null : pb.size();
            if (za == Type.PtrSize.ONE || zb == Type.PtrSize.ONE) return null;
            if (za != null && zb != null && za != zb) return null; // a many-pointer and a slice
            Type.PtrSize size = za != null ? za : zb;
            return new Type.Pointer(size, ea, isConst, s, 0);
        }
        if (pa.size() == Type.PtrSize.ONE && pb.size() == Type.PtrSize.ONE && sameType(pa.child(), pb.child())) {
            return new Type.Pointer(Type.PtrSize.ONE, pa.child(), isConst);
        }
        if (pointerCompatible(pa, pb)) return pb;
        if (pointerCompatible(pb, pa)) return pa;
        return null;
    }
}
