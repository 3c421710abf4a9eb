package org.heaplab.lang.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.heaplab.diag.Diagnostic;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ir.Ir;
import org.heaplab.source.Span;
import org.heaplab.lang.types.Value;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.ErrorSetType;
import org.heaplab.lang.types.EnumType;

/**
 * State shared by the parts of the function checker, and the rules every part needs:
 * coercion (Zig's implicit conversions) and peer type resolution.
 */
abstract class CheckerBase {
    static final Type VOID = new Type.Void();
    static final Type BOOL = new Type.Bool();
    static final Type NORETURN = new Type.NoReturn();
    static final Type TYPE = new Type.TypeType();
    static final Type COMPTIME_INT = new Type.ComptimeInt();
    static final Type COMPTIME_FLOAT = new Type.ComptimeFloat();
    static final Type NULL = new Type.Null();
    static final Type UNDEFINED = new Type.Undefined();
    static final Type ENUM_LITERAL = new Type.EnumLiteral();
    static final Type.Int USIZE = new Type.Int(64, false, true);
    static final Type.Int ISIZE = new Type.Int(64, true, true);
    static final Type.Int U8 = new Type.Int(8, false);
    static final Type.Int U16 = new Type.Int(16, false);
    static final Type.Int U1 = new Type.Int(1, false);
    static final Type ANYOPAQUE = new Type.AnyOpaque();

    final Sema sema;
    /** The function instance being checked; null while evaluating container-level or type expressions. */
    final Ir.Function fn;
    Scope scope;
    /** The name a container expression gets (set while resolving {@code const Name = struct {...}}). */
    String nameHint;
    /** True inside {@code comptime} expressions and comptime function evaluation: calls are evaluated. */
    boolean comptimeMode;

    CheckerBase(Sema sema, Ir.Function fn, Scope scope) {
        this.sema = sema;
        this.fn = fn;
        this.scope = scope;
        this.comptimeMode = fn == null;
    }

    // ------------------------------------------------------------------ errors

    Sema.SemaError error(Span span, String message, Diagnostic.Note... notes) {
        return sema.error(span, message, notes);
    }

    static Diagnostic.Note note(Span span, String message) { return new Diagnostic.Note(span, message); }

    // ------------------------------------------------------------------ values

    /** The comptime-known value of an expression, or null when it is only known at run time. */
    static Value constValue(Ir.Expr e) {
        if (e instanceof Ir.Const c) return c.value();
        if (e instanceof Ir.LocalRef l && l.local().comptimeValue != null && !l.local().mutable) return l.local().comptimeValue;
        return null;
    }

    static Ir.Const konst(Type t, Value v, Span span) { return new Ir.Const(t, v, span); }

    static BigInteger intValue(Value v) {
        if (v instanceof Value.IntV i) return i.value();
        if (v instanceof Value.BoolV b) return b.value() ? BigInteger.ONE : BigInteger.ZERO;
        if (v instanceof Value.EnumV e) return e.tagValue();
        return null;
    }

    static boolean isInt(Type t) { return t instanceof Type.Int || t instanceof Type.ComptimeInt; }

    static boolean isFloat(Type t) { return t instanceof Type.Float || t instanceof Type.ComptimeFloat; }

    static boolean isNumeric(Type t) { return isInt(t) || isFloat(t); }

    static Type stringLiteralType(int length) {
        return new Type.Pointer(Type.PtrSize.ONE, new Type.Array(length, U8, Value.IntV.of(0)), true);
    }

    static Type.Pointer constSliceOf(Type elem) { return new Type.Pointer(Type.PtrSize.SLICE, elem, true); }

    /** The element type of something indexable (array, slice, many pointer, pointer to array), or null. */
    static Type elementType(Type t) {
        if (t instanceof Type.Array a) return a.child();
        if (t instanceof Type.Pointer p) {
            if (p.size() == Type.PtrSize.SLICE || p.size() == Type.PtrSize.MANY || p.size() == Type.PtrSize.C) return p.child();
            if (p.child() instanceof Type.Array a) return a.child();
        }
        return null;
    }

    // ------------------------------------------------------------------ coercion

    /** Converts {@code e} to {@code target} as Zig's implicit coercion would, or reports Zig's error. */
    Ir.Expr coerce(Ir.Expr e, Type target, Span span) {
        Ir.Expr r = tryCoerce(e, target, span);
        if (r != null) return r;
        Type from = e.type();
        List<Diagnostic.Note> notes = new ArrayList<>();
        if (from instanceof Type.Optional o && sameType(o.child(), target)) {
            notes.add(note(span, "cannot convert optional to payload type"));
            notes.add(note(span, "consider using '.?', 'orelse', or 'if'"));
        } else if (from instanceof Type.ErrorUnion eu && sameType(eu.payload(), target)) {
            notes.add(note(span, "cannot convert error union to payload type"));
            notes.add(note(span, "consider using 'try', 'catch', or 'if'"));
        } else if (from instanceof Type.Pointer fp && target instanceof Type.Pointer tp && fp.isConst() && !tp.isConst()) {
            notes.add(note(span, "cast discards const qualifier"));
        }
        throw error(span, "expected type '" + target.name() + "', found '" + from.name() + "'", notes.toArray(Diagnostic.Note[]::new));
    }

    static boolean sameType(Type a, Type b) {
        if (a == b) return true;
        if (a instanceof Type.Int x && b instanceof Type.Int y) return x.bits() == y.bits() && x.signed() == y.signed();
        return a.equals(b);
    }

    /** The declaration {@code name} of container type {@code t}, for a decl literal; null when there is none. */
    Ir.Expr declLiteral(Type t, String name, Span span) { return null; }

    /** Like {@link #coerce} but returns null instead of reporting. */
    Ir.Expr tryCoerce(Ir.Expr e, Type target, Span span) {
        Type from = e.type();
        if (target == null || target instanceof Type.AnyType) return e;
        if (from.equals(target)) return e;
        if (from instanceof Type.NoReturn) return e;
        Value cv = constValue(e);
        if (cv instanceof Value.UndefV) return konst(target, Value.UndefV.INSTANCE, e.span());

        // integers and floats
        if (target instanceof Type.Int ti) {
            if (from instanceof Type.ComptimeInt || (cv instanceof Value.IntV && from instanceof Type.Int)) {
                if (cv == null) return null;
                BigInteger v = intValue(cv);
                if (v == null) return null;
                if (!ti.fits(v)) {
                    throw error(span, "type '" + ti.name() + "' cannot represent integer value '" + v + "'");
                }
                return konst(target, new Value.IntV(v), e.span());
            }
            if (from instanceof Type.Int fi) {
                if (sameType(fi, ti)) return new Ir.Convert(Ir.ConvKind.INT_WIDEN, e, target, e.span());
                if (intFitsIn(fi, ti)) return new Ir.Convert(Ir.ConvKind.INT_WIDEN, e, target, e.span());
                return null;
            }
            if (from instanceof Type.ComptimeFloat && cv instanceof Value.FloatV fv && fv.value() == Math.rint(fv.value())) {
                return konst(target, new Value.IntV(BigInteger.valueOf((long) fv.value())), e.span());
            }
            return null;
        }
        if (target instanceof Type.ComptimeInt && from instanceof Type.Int && cv instanceof Value.IntV) {
            return konst(target, cv, e.span());
        }
        if (target instanceof Type.Float tf) {
            if ((from instanceof Type.ComptimeFloat || from instanceof Type.ComptimeInt) && cv != null) {
                double d = cv instanceof Value.FloatV f ? f.value() : intValue(cv).doubleValue();
                return konst(target, new Value.FloatV(tf.bits() == 32 ? (float) d : d), e.span());
            }
            if (from instanceof Type.Float ff && ff.bits() <= tf.bits()) return new Ir.Convert(Ir.ConvKind.FLOAT_CAST, e, target, e.span());
            return null;
        }
        if (target instanceof Type.ComptimeFloat && from instanceof Type.ComptimeInt && cv != null) {
            return konst(target, new Value.FloatV(intValue(cv).doubleValue()), e.span());
        }

        // optionals
        if (target instanceof Type.Optional to) {
            if (from instanceof Type.Null) return konst(target, Value.NullV.INSTANCE, e.span());
            if (from instanceof Type.Optional fo) {
                if (pointerCompatible(fo.child(), to.child())) return new Ir.Convert(Ir.ConvKind.BITCAST, e, target, e.span());
                return null;
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
                if (!errorSetCoerces(feu.errorSet(), teu.errorSet())) return null;
                if (!sameType(feu.payload(), teu.payload()) && !pointerCompatible(feu.payload(), teu.payload())) return null;
                return new Ir.Convert(Ir.ConvKind.ERROR_SET, e, target, e.span());
            }
            if (from instanceof ErrorSetType fes) {
                if (!errorSetCoerces(fes, teu.errorSet())) return null;
                if (cv instanceof Value.ErrorV ev) teu.errorSet().addInferred(ev.name());
                return new Ir.Convert(Ir.ConvKind.WRAP_ERROR, e, target, e.span());
            }
            Ir.Expr inner = tryCoerce(e, teu.payload(), span);
            if (inner == null) return null;
            return new Ir.Convert(Ir.ConvKind.WRAP_PAYLOAD, inner, target, e.span());
        }
        if (target instanceof ErrorSetType tes && from instanceof ErrorSetType fes) {
            if (!errorSetCoerces(fes, tes)) return null;
            if (cv != null) return konst(target, cv, e.span());
            return new Ir.Convert(Ir.ConvKind.ERROR_SET, e, target, e.span());
        }

        // decl literals: `.empty` where a `T` is expected is `T.empty`
        if (cv instanceof Value.EnumLitV lit && (target instanceof StructType || target instanceof UnionType ut && ut.fieldIndex(lit.name()) < 0)) {
            Ir.Expr decl = declLiteral(target, lit.name(), span);
            if (decl != null) return tryCoerce(decl, target, span);
        }

        // enums and unions
        if (target instanceof EnumType et && cv instanceof Value.EnumLitV lit) {
            int i = et.indexOf(lit.name());
            if (i < 0) {
                throw error(span, "enum '" + et.name() + "' has no member named '" + lit.name() + "'",
                        note(span, "enum declared here"));
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
        if (target instanceof EnumType et && from instanceof UnionType ut && ut.tag() == et) {
            return new Ir.Convert(Ir.ConvKind.UNION_TO_TAG, e, target, e.span());
        }

        // pointers
        if (target instanceof Type.Pointer tp) {
            if (cv instanceof Value.FnV fv && tp.child() instanceof Type.Fn) {
                sema.functionValue(fv.fn(), span);
                return konst(target, cv, e.span());
            }
            if (from instanceof Type.Pointer fp) {
                Ir.Expr r = coercePointer(e, fp, tp);
                if (r != null) return r;
            }
            return null;
        }
        if (target instanceof Type.Fn && cv instanceof Value.FnV fv2) {
            sema.functionValue(fv2.fn(), span);
            return konst(target, cv, e.span());
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
        sema.resolveFields(to);
        List<Value> vals = new ArrayList<>();
        for (int i = 0; i < to.fields().size(); i++) {
            StructType.Field f = to.fields().get(i);
            int j = from.fieldIndex(f.name());
            Value v;
            if (j >= 0) {
                Value src = av.elements().get(j);
                v = constValue(coerce(konst(from.fields().get(j).type(), src, at), f.type(), span));
            } else {
                v = sema.fieldDefault(to, i);
                if (v == null) return null;
            }
            vals.add(v);
        }
        for (StructType.Field f : from.fields()) {
            if (to.fieldIndex(f.name()) < 0) return null;
        }
        return konst(to, new Value.AggregateV(to, vals), at);
    }

    private Ir.Expr coercePointer(Ir.Expr e, Type.Pointer fp, Type.Pointer tp) {
        Value cv = constValue(e);
        // *T -> *const T, []T -> []const T, [*]T -> [*]const T
        if (fp.size() == tp.size() && (!fp.isConst() || tp.isConst()) && pointerCompatible(fp.child(), tp.child())
                && sentinelOk(fp, tp)) {
            return cv != null ? konst(tp, cv, e.span()) : new Ir.Convert(Ir.ConvKind.BITCAST, e, tp, e.span());
        }
        // *[N]T -> []T / [*]T; a pointer to an empty array may also lose its const (`&[_]T{}` as a []T): there is nothing to write
        if (fp.size() == Type.PtrSize.ONE && fp.child() instanceof Type.Array arr && (!fp.isConst() || tp.isConst() || arr.length() == 0)) {
            if (tp.size() == Type.PtrSize.SLICE && pointerCompatible(arr.child(), tp.child())
                    && (tp.sentinel() == null || tp.sentinel().equals(arr.sentinel()))) {
                if (cv != null && !(cv instanceof Value.UndefV)) return konst(tp, cv, e.span());
                return new Ir.Convert(Ir.ConvKind.ARRAY_PTR_TO_SLICE, e, tp, e.span());
            }
            if ((tp.size() == Type.PtrSize.MANY || tp.size() == Type.PtrSize.C) && pointerCompatible(arr.child(), tp.child())) {
                return cv != null ? konst(tp, cv, e.span()) : new Ir.Convert(Ir.ConvKind.ARRAY_PTR_TO_MANY, e, tp, e.span());
            }
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

    private static boolean sentinelOk(Type.Pointer fp, Type.Pointer tp) {
        return tp.sentinel() == null || tp.sentinel().equals(fp.sentinel());
    }

    static boolean pointerCompatible(Type a, Type b) {
        if (sameType(a, b)) return true;
        if (a instanceof Type.Pointer pa && b instanceof Type.Pointer pb) {
            return pa.size() == pb.size() && (!pa.isConst() || pb.isConst()) && pointerCompatible(pa.child(), pb.child());
        }
        if (a instanceof Type.Array aa && b instanceof Type.Array ab) {
            return aa.length() == ab.length() && sameType(aa.child(), ab.child());
        }
        return false;
    }

    static boolean intFitsIn(Type.Int from, Type.Int to) {
        if (from.signed() == to.signed()) return to.bits() >= from.bits();
        if (!from.signed() && to.signed()) return to.bits() > from.bits();
        return false;
    }

    static boolean errorSetCoerces(ErrorSetType from, ErrorSetType to) {
        if (to.isAnyError() || to.isInferred()) {
            if (to.isInferred() && from.names() != null) for (String n : from.names()) to.addInferred(n);
            return true;
        }
        if (from.isAnyError()) return false;
        if (from.isInferred()) return true;
        return to.names().containsAll(from.names());
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
            if (p == null) {
                throw error(span, "incompatible types: '" + result.name() + "' and '" + t.name() + "'",
                        note(first.span(), "type '" + result.name() + "' here"), note(e.span(), "type '" + t.name() + "' here"));
            }
            result = p;
        }
        return result == null ? NORETURN : result;
    }

    private Type peer2(Type a, Type b, Ir.Expr bExpr) {
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
        if (a instanceof Type.Null) return b instanceof Type.Optional ? b : new Type.Optional(b);
        if (b instanceof Type.Null) return a instanceof Type.Optional ? a : new Type.Optional(a);
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
        if (a instanceof Type.EnumLiteral && (b instanceof EnumType || b instanceof UnionType)) return b;
        if (b instanceof Type.EnumLiteral && (a instanceof EnumType || a instanceof UnionType)) return a;
        if (a instanceof Type.Pointer pa && b instanceof Type.Pointer pb) {
            Type ea = elementType(pa);
            Type eb = elementType(pb);
            if (ea != null && eb != null && sameType(ea, eb)) return constSliceOf(ea);
            if (pointerCompatible(pa, pb)) return pb;
            if (pointerCompatible(pb, pa)) return pa;
        }
        return null;
    }

    /** The type of a comptime value when it stands alone (for folding and tuples). */
    static Type typeOfValue(Value v) {
        return switch (v) {
            case Value.IntV i -> COMPTIME_INT;
            case Value.FloatV f -> COMPTIME_FLOAT;
            case Value.BoolV b -> BOOL;
            case Value.TypeV t -> TYPE;
            case Value.VoidV x -> VOID;
            case Value.NullV x -> NULL;
            case Value.UndefV x -> UNDEFINED;
            case Value.EnumLitV x -> ENUM_LITERAL;
            case Value.EnumV e -> e.type();
            case Value.ErrorV e -> ErrorSetType.ANYERROR;
            case Value.StringV s -> stringLiteralType(s.bytes().length);
            case Value.AggregateV a -> a.type();
            case Value.UnionV u -> u.type();
            default -> VOID;
        };
    }

    // ------------------------------------------------------------------ places

    /** Whether an IR expression denotes a memory location that can be assigned or addressed. */
    static boolean isPlace(Ir.Expr e) {
        return switch (e) {
            case Ir.LocalRef l -> true;
            case Ir.GlobalRef g -> true;
            case Ir.Deref d -> true;
            case Ir.FieldRef f -> isPlace(f.base()) || f.base().type() instanceof Type.Pointer;
            case Ir.UnionPayload u -> isPlace(u.base());
            case Ir.ElemRef el -> !(el.base().type() instanceof Type.Array) || isPlace(el.base());
            case Ir.SliceField sf -> isPlace(sf.slice());
            default -> false;
        };
    }

    /** Whether a place may be written (not a const local, not behind a const pointer). */
    static boolean isMutablePlace(Ir.Expr e) {
        return switch (e) {
            case Ir.LocalRef l -> l.local().mutable;
            case Ir.GlobalRef g -> g.global().mutable;
            case Ir.Deref d -> d.pointer().type() instanceof Type.Pointer p && !p.isConst();
            case Ir.FieldRef f -> isMutablePlace(f.base());
            case Ir.UnionPayload u -> isMutablePlace(u.base());
            case Ir.ElemRef el -> el.base().type() instanceof Type.Array ? isMutablePlace(el.base())
                    : el.base().type() instanceof Type.Pointer p && !p.isConst();
            case Ir.SliceField sf -> isMutablePlace(sf.slice());
            default -> false;
        };
    }

    /** Marks locals whose address is taken, so they live in stack memory. */
    static void markAddressTaken(Ir.Expr place) {
        switch (place) {
            case Ir.LocalRef l -> l.local().addressTaken = true;
            case Ir.FieldRef f -> markAddressTaken(f.base());
            case Ir.UnionPayload u -> markAddressTaken(u.base());
            case Ir.SliceField sf -> markAddressTaken(sf.slice());
            case Ir.ElemRef el -> {
                if (el.base().type() instanceof Type.Array) markAddressTaken(el.base());
            }
            default -> { }
        }
    }

    @SuppressWarnings("unused")
    private static final Class<?> AST = Ast.class;
}
