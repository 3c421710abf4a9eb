package org.heaplab.lang.check;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.heaplab.diag.Diagnostic;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.types.GlobalVar;
import org.heaplab.lang.ir.Ir;
import org.heaplab.source.Span;
import org.heaplab.lang.types.Value;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Namespace;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.FnRef;
import org.heaplab.lang.types.ErrorSetType;
import org.heaplab.lang.types.EnumType;

/**
 * Checks expressions that are not control flow or calls: names, literals, operators, field
 * access, indexing, slicing, initializers and type expressions. Comptime-known operands are
 * folded, so {@code const n = 4; var a: [n * 2]u8} works as in Zig.
 */
abstract class ExprChecker extends CheckerBase {

    ExprChecker(Sema sema, Ir.Function fn, Scope scope) {
        super(sema, fn, scope);
    }

    // implemented by FnChecker
    abstract Ir.Expr call(Ast.Call c, Type expected);

    abstract Ir.Expr controlFlow(Ast.Expr e, Type expected);

    abstract Ir.Expr builtin(Ast.BuiltinCall b, Type expected);


    /** Checks an expression in a given scope (for container-level declarations). */
    Ir.Expr expr(Ast.Expr e, Type expected, Scope s) {
        Scope saved = scope;
        scope = s;
        try {
            return expr(e, expected);
        } finally {
            scope = saved;
        }
    }

    /** Checks an expression; {@code expected} is its result type when known (it guides literals, not a coercion). */
    Ir.Expr expr(Ast.Expr e, Type expected) {
        return switch (e) {
            case Ast.Identifier id -> identifier(id);
            case Ast.IntLit l -> konst(COMPTIME_INT, new Value.IntV(l.value()), l.span());
            case Ast.FloatLit l -> konst(COMPTIME_FLOAT, new Value.FloatV(l.value()), l.span());
            case Ast.CharLit l -> konst(COMPTIME_INT, Value.IntV.of(l.codepoint()), l.span());
            case Ast.StringLit s -> konst(stringLiteralType(s.bytes().length), new Value.StringV(s.bytes()), s.span());
            case Ast.EnumLit l -> enumLiteral(l, expected);
            case Ast.ErrorLit l -> {
                sema.errorCode(l.name());
                yield konst(ErrorSetType.of("error{" + l.name() + "}", java.util.Set.of(l.name())), new Value.ErrorV(l.name()), l.span());
            }
            case Ast.BuiltinCall b -> builtin(b, expected);
            case Ast.Call c -> call(c, expected);
            case Ast.Field f -> field(f);
            case Ast.Index i -> index(i);
            case Ast.SliceOf s -> slice(s);
            case Ast.Deref d -> deref(d);
            case Ast.UnwrapOpt u -> unwrapOptional(u);
            case Ast.Unary u -> unary(u, expected);
            case Ast.Binary b -> binary(b, expected);
            case Ast.Init i -> init(i, expected);
            case Ast.Grouped g -> expr(g.expr(), expected);
            case Ast.Comptime c -> comptimeExpr(c.expr(), expected);
            case Ast.ContainerType ct -> {
                String name = nameHint != null ? nameHint : anonymousName(ct);
                nameHint = null;
                yield konst(TYPE, new Value.TypeV(sema.makeContainer(ct, scope, name, (FnChecker) this)), ct.span());
            }
            case Ast.ErrorSetType es -> {
                for (String n : es.names()) sema.errorCode(n);
                String name = nameHint != null ? nameHint : "error{" + String.join(",", es.names()) + "}";
                nameHint = null;
                yield konst(TYPE, new Value.TypeV(ErrorSetType.of(name, new LinkedHashSet<>(es.names()))), es.span());
            }
            case Ast.PointerType p -> konst(TYPE, new Value.TypeV(pointerType(p)), p.span());
            case Ast.ArrayType a -> konst(TYPE, new Value.TypeV(arrayType(a, -1)), a.span());
            case Ast.OptionalType o -> konst(TYPE, new Value.TypeV(new Type.Optional(typeOf(o.child()))), o.span());
            case Ast.ErrorUnionType eu -> konst(TYPE, new Value.TypeV(errorUnionType(eu)), eu.span());
            case Ast.FnType ft -> konst(TYPE, new Value.TypeV(fnType(ft.params(), ft.returnType(), ft.inferredErrorSet())), ft.span());
            case Ast.AnyType a -> konst(TYPE, new Value.TypeV(new Type.AnyType()), a.span());
            case Ast.Bad b -> throw error(b.span(), "expected expression");
            case Ast.Assign a -> assignExpr(a);
            default -> controlFlow(e, expected);
        };
    }

    abstract Ir.Expr assignExpr(Ast.Assign a);

    private String anonymousName(Ast.ContainerType ct) {
        Namespace ns = scope.enclosingNamespace();
        String prefix = ns != null ? ns.qualifiedName() : "main";
        String kind = switch (ct.kind()) {
            case STRUCT -> "struct";
            case ENUM -> "enum";
            case UNION -> "union";
            case OPAQUE -> "opaque";
        };
        return prefix + "." + kind + "_" + ct.span().line() + "_" + ct.span().column();
    }

    /** Checks and coerces to a known type. */
    Ir.Expr exprAs(Ast.Expr e, Type target) {
        return coerce(expr(e, target), target, e.span());
    }

    /** The type an expression denotes. */
    Type typeOf(Ast.Expr e) {
        Ir.Expr r = expr(e, TYPE);
        Value v = constValue(r);
        if (v instanceof Value.TypeV t) return t.type();
        if (r.type() instanceof Type.TypeType) throw error(e.span(), "unable to resolve comptime value", note(e.span(), "type must be comptime-known"));
        throw error(e.span(), "expected type 'type', found '" + r.type().name() + "'");
    }

    Type resolveType(Ast.Expr e, Scope s) {
        Scope saved = scope;
        boolean savedMode = comptimeMode;
        scope = s;
        comptimeMode = true;
        try {
            return typeOf(e);
        } finally {
            scope = saved;
            comptimeMode = savedMode;
        }
    }

    /** Runs a labelled block at compile time; its value is what {@code break} gives it. */
    abstract Ir.Const comptimeBlock(Ast.Block b, Type expected);

    /** Evaluates an expression that must be known at compile time (coerced to {@code expected} when given). */
    Ir.Const comptimeExpr(Ast.Expr e, Type expected) {
        if (e instanceof Ast.Block b && b.label() != null) return comptimeBlock(b, expected);
        boolean savedMode = comptimeMode;
        comptimeMode = true;
        try {
            Ir.Expr r = expr(e, expected);
            if (expected != null) r = coerce(r, expected, e.span());
            Value v = constValue(r);
            if (v == null) throw error(e.span(), "unable to resolve comptime value");
            return konst(r.type(), v, e.span());
        } finally {
            comptimeMode = savedMode;
        }
    }

    /** The value of an expression that must be known at compile time, evaluated in scope {@code s}. */
    Value comptimeValue(Ast.Expr e, Scope s, Type expected) {
        Scope saved = scope;
        scope = s;
        try {
            return comptimeExpr(e, expected).value();
        } finally {
            scope = saved;
        }
    }

    Value requireComptime(Ir.Expr e, Span span, String why) {
        Value v = constValue(e);
        if (v == null) {
            if (why != null) throw error(span, "unable to resolve comptime value", note(span, why));
            throw error(span, "unable to resolve comptime value");
        }
        return v;
    }

    // ------------------------------------------------------------------ names

    Ir.Expr identifier(Ast.Identifier id) {
        String n = id.name();
        Span span = id.span();
        Ir.Expr prim = primitive(n, span);
        if (prim != null) return prim;
        for (Scope s = scope; s != null; s = s.parent()) {
            Scope.Binding b = s.own(n);
            if (b != null) {
                return switch (b) {
                    case Scope.Comptime c -> konst(c.type(), c.value(), span);
                    case Scope.Runtime r -> new Ir.LocalRef(r.local(), span);
                };
            }
            Namespace ns = s.namespace();
            if (ns != null) {
                Namespace.Decl d = ns.get(n);
                if (d != null) return declRef(ns, d, span);
            }
        }
        if (n.equals("_")) throw error(span, "'_' used as an identifier without @\"_\" syntax");
        throw error(span, "use of undeclared identifier '" + n + "'");
    }

    Ir.Expr declRef(Namespace ns, Namespace.Decl d, Span span) {
        sema.resolveDecl(ns, d, span);
        if (d.global != null) return new Ir.GlobalRef((GlobalVar) d.global, span);
        if (d.value instanceof Value.FnV fv) return konst(fnValueType(fv.fn()), d.value, span);
        if (d.value == null) throw new Sema.SemaError(); // resolving (a function referring to itself)
        return konst(d.type, d.value, span);
    }

    /** The type of a function value: its signature when that does not depend on comptime parameters. */
    Type.Fn fnValueType(FnRef ref) {
        Type.Fn known = sema.fnTypes.get(ref);
        if (known != null) return known;
        Type.Fn sig = quietSignature(ref); // may compute other signatures first
        sema.fnTypes.put(ref, sig);
        return sig;
    }

    private Type.Fn quietSignature(FnRef ref) {
        int before = sema.diagnostics.size();
        try {
            return sema.signaturePart(ref.decl(), null, () -> signature(ref));
        } catch (Sema.SemaError e) {
            while (sema.diagnostics.size() > before) sema.diagnostics.remove(sema.diagnostics.size() - 1);
            return new Type.Fn(List.of(), new Type.AnyType());
        }
    }

    private Type.Fn signature(FnRef ref) {
        List<Type> params = new ArrayList<>();
        var s = new Scope(new Scope(Scope.of(ref.namespace()), ref.namespace()), null);
        var checker = new FnChecker(sema, null, s);
        boolean generic = false;
        for (Ast.Param p : ref.decl().params()) {
            if (p.isComptime() || p.isAnytype()) {
                generic = true;
                params.add(new Type.AnyType());
                continue;
            }
            params.add(checker.resolveType(p.type(), s));
        }
        Type ret;
        if (generic) {
            ret = new Type.AnyType();
        } else {
            ret = checker.resolveType(ref.decl().returnType(), s);
            if (ref.decl().inferredErrorSet()) ret = new Type.ErrorUnion(ErrorSetType.ANYERROR, ret);
        }
        return new Type.Fn(params, ret);
    }

    private static Ir.Expr primitive(String n, Span span) {
        switch (n) {
            case "true": return konst(BOOL, Value.BoolV.TRUE, span);
            case "false": return konst(BOOL, Value.BoolV.FALSE, span);
            case "null": return konst(NULL, Value.NullV.INSTANCE, span);
            case "undefined": return konst(UNDEFINED, Value.UndefV.INSTANCE, span);
            default: break;
        }
        Type t = primitiveType(n);
        return t == null ? null : konst(TYPE, new Value.TypeV(t), span);
    }

    static Type primitiveType(String n) {
        switch (n) {
            case "void": return VOID;
            case "bool": return BOOL;
            case "noreturn": return NORETURN;
            case "type": return TYPE;
            case "anyerror": return ErrorSetType.ANYERROR;
            case "anyopaque": return ANYOPAQUE;
            case "comptime_int": return COMPTIME_INT;
            case "comptime_float": return COMPTIME_FLOAT;
            case "usize": return USIZE;
            case "isize": return ISIZE;
            case "f32": return new Type.Float(32);
            case "f64": return new Type.Float(64);
            case "f16": return new Type.Float(32);
            case "c_int": return new Type.Int(32, true);
            case "c_uint": return new Type.Int(32, false);
            case "c_long": return new Type.Int(64, true);
            case "c_ulong": return new Type.Int(64, false);
            case "c_char": return U8;
            default: break;
        }
        if (n.length() >= 2 && (n.charAt(0) == 'u' || n.charAt(0) == 'i') && n.chars().skip(1).allMatch(Character::isDigit)
                && !(n.length() > 2 && n.charAt(1) == '0')) {
            int bits = Integer.parseInt(n.substring(1));
            if (bits <= 128) return new Type.Int(bits, n.charAt(0) == 'i');
        }
        return null;
    }

    private Ir.Expr enumLiteral(Ast.EnumLit l, Type expected) {
        Ir.Expr lit = konst(ENUM_LITERAL, new Value.EnumLitV(l.name()), l.span());
        Type t = expected instanceof Type.Optional o ? o.child() : expected;
        if (t instanceof EnumType || t instanceof UnionType) return coerce(lit, t, l.span());
        return lit;
    }

    // ------------------------------------------------------------------ fields

    Ir.Expr field(Ast.Field f) {
        Ir.Expr target = expr(f.target(), null);
        return fieldOf(target, f.name(), f.nameSpan(), f.span());
    }

    Ir.Expr fieldOf(Ir.Expr target, String name, Span nameSpan, Span span) {
        Value tv = constValue(target);
        if (tv instanceof Value.TypeV t) return memberOfType(t.type(), name, nameSpan);
        Type tt = target.type();
        if (tt instanceof Type.Pointer p && p.size() == Type.PtrSize.ONE) {
            if (p.child() instanceof Type.Array a && name.equals("len")) return konst(USIZE, Value.IntV.of(a.length()), span);
            if (p.child() instanceof StructType || p.child() instanceof UnionType || p.child() instanceof Type.Pointer) {
                target = derefValue(target, p.child(), nameSpan);
                tt = p.child();
            }
        }
        if (tt instanceof StructType st) {
            sema.resolveFields(st);
            int i = st.fieldIndex(name);
            if (i < 0) {
                throw error(nameSpan, "no field named '" + name + "' in struct '" + st.name() + "'", declaredHere(st));
            }
            StructType.Field fd = st.fields().get(i);
            if (fd.isComptime()) return konst(fd.type(), fd.defaultValue(), span);
            Value cv = constValue(target);
            if (cv instanceof Value.AggregateV av) return konst(fd.type(), av.elements().get(i), span);
            return new Ir.FieldRef(target, st, i, fd.type(), nameSpan);
        }
        if (tt instanceof UnionType ut) {
            int i = ut.fieldIndex(name);
            if (i < 0) throw error(nameSpan, "no field named '" + name + "' in union '" + ut.name() + "'");
            Value cv = constValue(target);
            if (cv instanceof Value.UnionV uv) {
                if (uv.fieldIndex() != i) {
                    throw error(nameSpan, "access of union field '" + name + "' while field '" + ut.fields().get(uv.fieldIndex()).name() + "' is active");
                }
                return konst(ut.fields().get(i).type(), uv.payload(), span);
            }
            return new Ir.UnionPayload(target, ut, i, ut.fields().get(i).type(), nameSpan);
        }
        if (tt instanceof Type.Pointer p && p.isSlice()) {
            if (name.equals("len")) return new Ir.SliceField(target, true, USIZE, nameSpan);
            if (name.equals("ptr")) {
                return new Ir.SliceField(target, false, new Type.Pointer(Type.PtrSize.MANY, p.child(), p.isConst(), p.sentinel(), 0), nameSpan);
            }
            throw error(nameSpan, "no member named '" + name + "' in '" + tt.name() + "'");
        }
        if (tt instanceof Type.Array a && name.equals("len")) return konst(USIZE, Value.IntV.of(a.length()), span);
        throw error(nameSpan, "type '" + tt.name() + "' does not support field access");
    }

    Diagnostic.Note declaredHere(Type t) {
        if (t instanceof StructType st && st.ast() != null) return note(keywordSpan(st.ast()), "struct declared here");
        if (t instanceof StructType st && st.kind() == StructType.Kind.FILE) {
            return new Diagnostic.Note(Span.at(st.namespace().file(), 0), "struct declared here",
                    st.namespace().file().isLibrary() ? baseName(st.namespace().file().name()) + ":1:1" : null);
        }
        return note(Span.at(sema.root, 0), "declared here");
    }

    static String baseName(String path) {
        int i = path.lastIndexOf('/');
        return i >= 0 ? path.substring(i + 1) : path;
    }

    private static Span keywordSpan(Ast.ContainerType ct) {
        return new Span(ct.span().file(), ct.span().start(), ct.span().start() + 6);
    }

    @Override
    Ir.Expr declLiteral(Type t, String name, Span span) {
        Namespace ns = switch (t) {
            case StructType st -> st.namespace();
            case UnionType ut -> ut.namespace();
            default -> null;
        };
        if (ns == null || ns.get(name) == null) return null;
        return memberOfType(t, name, span);
    }

    /** {@code T.name}: a declaration of a container, an enum field, or an error of an error set. */
    Ir.Expr memberOfType(Type t, String name, Span span) {
        Namespace ns = switch (t) {
            case StructType st -> st.namespace();
            case EnumType et -> et.namespace();
            case UnionType ut -> ut.namespace();
            default -> null;
        };
        if (t instanceof EnumType et && et.indexOf(name) >= 0 && (ns == null || ns.get(name) == null)) {
            return konst(et, new Value.EnumV(et, et.indexOf(name)), span);
        }
        if (t instanceof UnionType ut && ut.tag() != null && ut.fieldIndex(name) >= 0 && (ns == null || ns.get(name) == null)) {
            return konst(ut.tag(), new Value.EnumV(ut.tag(), ut.tag().indexOf(name)), span);
        }
        if (t instanceof ErrorSetType es) {
            if (!es.contains(name)) throw error(span, "no error named '" + name + "' in '" + es.name() + "'");
            sema.errorCode(name);
            return konst(es, new Value.ErrorV(name), span);
        }
        if (ns != null) {
            Namespace.Decl d = ns.get(name);
            if (d != null) {
                if (!d.isPub && !isWithin(ns)) {
                    throw error(span, "'" + name + "' is not marked 'pub'", note(d.member.span(), "declared here"));
                }
                return declRef(ns, d, span);
            }
        }
        String what = t instanceof StructType st && st.kind() == StructType.Kind.FILE ? "root source file struct '" + t.name() + "'"
                : t instanceof EnumType ? "enum '" + t.name() + "'"
                : t instanceof UnionType ? "union '" + t.name() + "'"
                : t instanceof StructType ? "struct '" + t.name() + "'" : "type '" + t.name() + "'";
        throw error(span, what + " has no member named '" + name + "'", declaredHere(t));
    }

    /** Whether the code being checked is inside the file of {@code ns} (where private declarations are visible). */
    private boolean isWithin(Namespace ns) {
        Namespace here = scope.enclosingNamespace();
        return here == null || here.file() == ns.file();
    }

    Ir.Expr derefValue(Ir.Expr ptr, Type child, Span span) {
        Value cv = constValue(ptr);
        if (cv instanceof Value.RefV r) return konst(child, r.target(), span);
        return new Ir.Deref(ptr, child, span);
    }

    // ------------------------------------------------------------------ indexing

    Ir.Expr index(Ast.Index ix) {
        Ir.Expr base = expr(ix.target(), null);
        Ir.Expr idx = exprAs(ix.index(), USIZE);
        return indexOf(base, idx, ix.lbracket(), ix.index().span());
    }

    Ir.Expr indexOf(Ir.Expr base, Ir.Expr idx, Span lbracket, Span indexSpan) {
        Type bt = base.type();
        if (bt instanceof StructType st && st.isTuple() && constValue(idx) instanceof Value.IntV ti) {
            return fieldOf(base, ti.value().toString(), indexSpan, lbracket);
        }
        Type elem = elementType(bt);
        if (elem == null) throw error(lbracket, "type '" + bt.name() + "' does not support indexing");
        Value iv = constValue(idx);
        long len = bt instanceof Type.Array a ? a.length()
                : bt instanceof Type.Pointer p && p.size() == Type.PtrSize.ONE && p.child() instanceof Type.Array a2 ? a2.length() : -1;
        if (iv instanceof Value.IntV i && len >= 0) {
            long limit = len + (sentinelOf(bt) != null ? 1 : 0);
            if (i.value().compareTo(BigInteger.valueOf(limit)) >= 0) {
                throw error(indexSpan, "index " + i.value() + " outside array of length " + len);
            }
        }
        Value bv = constValue(base);
        if (iv instanceof Value.IntV i) {
            int k = i.value().intValue();
            if (bv instanceof Value.StringV s && k <= s.bytes().length) {
                return konst(U8, Value.IntV.of(k == s.bytes().length ? 0 : s.bytes()[k] & 0xFF), lbracket);
            }
            if (bv instanceof Value.AggregateV av && k < av.elements().size()) return konst(elem, av.elements().get(k), lbracket);
            if (bv instanceof Value.RefV r && r.target() instanceof Value.AggregateV av && k < av.elements().size()) {
                return konst(elem, av.elements().get(k), lbracket);
            }
        }
        if (bt instanceof Type.Array) markAddressTakenIfPlace(base);
        return new Ir.ElemRef(base, idx, elem, lbracket);
    }

    static Value sentinelOf(Type t) {
        if (t instanceof Type.Array a) return a.sentinel();
        if (t instanceof Type.Pointer p) return p.child() instanceof Type.Array a && p.size() == Type.PtrSize.ONE ? a.sentinel() : p.sentinel();
        return null;
    }

    private static void markAddressTakenIfPlace(Ir.Expr e) {
        // arrays are indexed in memory; they always live in stack memory anyway
    }

    Ir.Expr slice(Ast.SliceOf s) {
        Ir.Expr base = expr(s.target(), null);
        Ir.Expr start = exprAs(s.start(), USIZE);
        Ir.Expr end = s.end() != null ? exprAs(s.end(), USIZE) : null;
        Type bt = base.type();
        Type elem = elementType(bt);
        boolean isConst;
        if (bt instanceof Type.Array) {
            if (!isPlace(base)) {
                // slicing a temporary array: give it a home on the stack
                base = materialize(base, s.target().span());
            }
            markAddressTaken(base);
            isConst = !isMutablePlace(base);
        } else if (bt instanceof Type.Pointer p) {
            if (p.size() == Type.PtrSize.ONE && !(p.child() instanceof Type.Array)) {
                throw error(s.lbracket(), "slice of single-item pointer");
            }
            if (p.size() == Type.PtrSize.MANY && end == null) throw error(s.lbracket(), "slice of pointer must include end value");
            isConst = p.isConst();
        } else {
            throw error(s.lbracket(), "slice of non-array type '" + bt.name() + "'");
        }
        Value sentinel = null;
        if (s.sentinel() != null) {
            sentinel = comptimeValue(s.sentinel(), scope, elem);
        }
        // comptime-known bounds on a comptime string
        Value bv = constValue(base);
        Value sv = constValue(start);
        Value ev = end == null ? null : constValue(end);
        long len = bt instanceof Type.Array a ? a.length()
                : bt instanceof Type.Pointer p && p.size() == Type.PtrSize.ONE && p.child() instanceof Type.Array a2 ? a2.length() : -1;
        if (sv instanceof Value.IntV si && len >= 0) {
            long hi = ev instanceof Value.IntV ei ? ei.value().longValue() : len;
            if (hi > len + (sentinelOf(bt) != null ? 1 : 0)) throw error(s.end().span(), "end index " + hi + " out of bounds for array of length " + len);
            if (si.value().longValue() > hi) throw error(s.start().span(), "start index " + si.value() + " is larger than end index " + hi);
        }
        if (bv instanceof Value.StringV str && sv instanceof Value.IntV si && (end == null || ev instanceof Value.IntV)) {
            int from = si.value().intValue();
            int to = end == null ? str.bytes().length : ((Value.IntV) ev).value().intValue();
            byte[] part = java.util.Arrays.copyOfRange(str.bytes(), from, to);
            return konst(new Type.Pointer(Type.PtrSize.SLICE, U8, true, sentinel, 0), new Value.StringV(part), s.span());
        }
        Type result = new Type.Pointer(Type.PtrSize.SLICE, elem, isConst, sentinel, 0);
        return new Ir.MakeSlice(base, start, end, result, s.lbracket());
    }

    /** Puts a temporary value in a hidden local so it has an address. */
    abstract Ir.Expr materialize(Ir.Expr value, Span span);

    Ir.Expr deref(Ast.Deref d) {
        Ir.Expr p = expr(d.target(), null);
        if (!(p.type() instanceof Type.Pointer pt) || pt.size() == Type.PtrSize.SLICE) {
            throw error(d.opSpan(), "cannot dereference non-pointer type '" + p.type().name() + "'");
        }
        if (pt.size() != Type.PtrSize.ONE && pt.size() != Type.PtrSize.C) {
            throw error(d.opSpan(), "index syntax required for unknown-length pointer type '" + pt.name() + "'");
        }
        return derefValue(p, pt.child(), d.opSpan());
    }

    Ir.Expr unwrapOptional(Ast.UnwrapOpt u) {
        Ir.Expr o = expr(u.target(), null);
        if (!(o.type() instanceof Type.Optional ot)) {
            throw error(u.opSpan(), "expected optional type, found '" + o.type().name() + "'");
        }
        Value cv = constValue(o);
        if (cv instanceof Value.OptionalV ov) return konst(ot.child(), ov.payload(), u.span());
        if (cv instanceof Value.NullV) throw error(u.opSpan(), "unable to unwrap null");
        return new Ir.UnwrapOpt(o, ot.child(), u.opSpan());
    }

    // ------------------------------------------------------------------ operators

    Ir.Expr unary(Ast.Unary u, Type expected) {
        switch (u.op()) {
            case ADDRESS_OF:
                return addressOf(u, expected);
            case NOT: {
                Ir.Expr o = exprAs(u.operand(), BOOL);
                if (constValue(o) instanceof Value.BoolV b) return konst(BOOL, new Value.BoolV(!b.value()), u.span());
                return new Ir.Unary(Ir.UnOp.NOT, o, BOOL, u.span());
            }
            case NEG:
            case NEG_WRAP: {
                Ir.Expr o = expr(u.operand(), expected);
                Type t = o.type();
                if (!isNumeric(t)) throw error(u.span(), "negation of type '" + t.name() + "'");
                Value v = constValue(o);
                if (v instanceof Value.IntV iv) {
                    BigInteger r = iv.value().negate();
                    if (t instanceof Type.Int it) r = u.op() == Ast.UnaryOp.NEG_WRAP ? wrap(r, it) : checkFits(r, it, u.span());
                    return konst(t, new Value.IntV(r), u.span());
                }
                if (v instanceof Value.FloatV fv) return konst(t, new Value.FloatV(-fv.value()), u.span());
                if (t instanceof Type.Int it && !it.signed() && u.op() == Ast.UnaryOp.NEG) {
                    throw error(u.span(), "negation of type '" + t.name() + "'");
                }
                return new Ir.Unary(u.op() == Ast.UnaryOp.NEG ? Ir.UnOp.NEG : Ir.UnOp.NEG_WRAP, o, t, u.span());
            }
            case BIT_NOT: {
                Ir.Expr o = expr(u.operand(), expected);
                Type.Int it;
                if (o.type() instanceof Type.Int oi) {
                    it = oi;
                } else if (o.type() instanceof Type.ComptimeInt && expected instanceof Type.Int et) {
                    o = coerce(o, et, u.span());
                    it = et;
                } else {
                    throw error(u.span(), "unable to perform binary not operation on type '" + o.type().name() + "'");
                }
                if (constValue(o) instanceof Value.IntV iv) return konst(it, new Value.IntV(wrap(iv.value().not(), it)), u.span());
                return new Ir.Unary(Ir.UnOp.BIT_NOT, o, it, u.span());
            }
            default:
                throw new IllegalStateException();
        }
    }

    private Ir.Expr addressOf(Ast.Unary u, Type expected) {
        Type childExpected = null;
        if (expected instanceof Type.Pointer ep) {
            if (ep.size() == Type.PtrSize.ONE) {
                childExpected = ep.child();
            } else if (ep.size() == Type.PtrSize.SLICE && u.operand() instanceof Ast.Init in && in.type() == null && in.fields().isEmpty()) {
                // &.{ a, b } where a slice is expected: a pointer to an array of those elements
                childExpected = new Type.Array(in.elements().size(), ep.child(), ep.sentinel());
            }
        }
        Ir.Expr o = expr(u.operand(), childExpected);
        if (childExpected != null && !(o.type() instanceof Type.Undefined)) {
            Ir.Expr c = tryCoerce(o, childExpected, u.operand().span());
            if (c != null) o = c;
        }
        Value cv = constValue(o);
        if (o instanceof Ir.Const || (cv != null && !isPlace(o))) {
            if (cv instanceof Value.FnV fv) {
                sema.functionValue(fv.fn(), u.span());
                return konst(new Type.Pointer(Type.PtrSize.ONE, o.type(), true), cv, u.span());
            }
            return konst(new Type.Pointer(Type.PtrSize.ONE, o.type(), true), new Value.RefV(cv, o.type()), u.span());
        }
        if (o instanceof Ir.GlobalRef g && comptimeMode) {
            return konst(new Type.Pointer(Type.PtrSize.ONE, o.type(), !g.global().mutable), new Value.GlobalAddrV(g.global()), u.span());
        }
        if (!isPlace(o)) o = materialize(o, u.operand().span());
        markAddressTaken(o);
        boolean isConst = !isMutablePlace(o);
        return new Ir.AddrOf(o, new Type.Pointer(Type.PtrSize.ONE, o.type(), isConst), u.span());
    }

    Ir.Expr binary(Ast.Binary b, Type expected) {
        Ast.BinOp op = b.op();
        if (op == Ast.BinOp.AND || op == Ast.BinOp.OR) {
            Ir.Expr l = exprAs(b.left(), BOOL);
            Value lv = constValue(l);
            if (lv instanceof Value.BoolV lb && (op == Ast.BinOp.AND ? !lb.value() : lb.value())) return konst(BOOL, lb, b.span());
            Ir.Expr r = exprAs(b.right(), BOOL);
            if (lv instanceof Value.BoolV && constValue(r) instanceof Value.BoolV rb) return konst(BOOL, rb, b.span());
            return new Ir.Logic(op == Ast.BinOp.AND, l, r, BOOL, b.span());
        }
        if (op == Ast.BinOp.CONCAT || op == Ast.BinOp.REPEAT) return arrayOp(b);
        if (op == Ast.BinOp.MERGE_ERRORS) {
            Type l = typeOf(b.left());
            Type r = typeOf(b.right());
            if (!(l instanceof ErrorSetType le) || !(r instanceof ErrorSetType re)) throw error(b.opSpan(), "expected error set type");
            if (le.isAnyError() || re.isAnyError()) return konst(TYPE, new Value.TypeV(ErrorSetType.ANYERROR), b.span());
            var names = new LinkedHashSet<>(le.names());
            names.addAll(re.names());
            return konst(TYPE, new Value.TypeV(ErrorSetType.of("error{" + String.join(",", names) + "}", names)), b.span());
        }
        Ir.Expr l = expr(b.left(), op.isComparison() ? null : expected);
        Ir.Expr r;
        if (op == Ast.BinOp.SHL || op == Ast.BinOp.SHR || op == Ast.BinOp.SHL_SAT) {
            return shift(b, l);
        }
        r = expr(b.right(), op.isComparison() ? hintFor(l) : expected);
        if (op.isComparison()) return compare(b, l, r);
        return arithmetic(b, op, l, r);
    }

    /** For {@code x == .tag} and {@code opt == null}: the right side takes the left side's type. */
    private static Type hintFor(Ir.Expr l) {
        Type t = l.type();
        if (t instanceof EnumType || t instanceof UnionType || t instanceof Type.Optional o && o.child() instanceof EnumType) return t;
        return null;
    }

    private Ir.Expr compare(Ast.Binary b, Ir.Expr l, Ir.Expr r) {
        Ir.CmpOp op = switch (b.op()) {
            case EQ -> Ir.CmpOp.EQ;
            case NE -> Ir.CmpOp.NE;
            case LT -> Ir.CmpOp.LT;
            case LE -> Ir.CmpOp.LE;
            case GT -> Ir.CmpOp.GT;
            default -> Ir.CmpOp.GE;
        };
        // optional == null
        if (l.type() instanceof Type.Optional && r.type() instanceof Type.Null || r.type() instanceof Type.Optional && l.type() instanceof Type.Null) {
            if (op != Ir.CmpOp.EQ && op != Ir.CmpOp.NE) throw error(b.opSpan(), "operator " + b.op().symbol + " not allowed for type '" + l.type().name() + "'");
            Ir.Expr opt = l.type() instanceof Type.Optional ? l : r;
            return new Ir.Cmp(op, opt, konst(opt.type(), Value.NullV.INSTANCE, b.span()), BOOL, b.opSpan());
        }
        if (l.type() instanceof Type.TypeType && r.type() instanceof Type.TypeType) {
            Value lv = constValue(l);
            Value rv = constValue(r);
            boolean eq = lv instanceof Value.TypeV lt && rv instanceof Value.TypeV rt && sameType(lt.type(), rt.type());
            return konst(BOOL, new Value.BoolV(op == Ir.CmpOp.EQ ? eq : !eq), b.span());
        }
        Type t = peerType(List.of(l, r), b.opSpan());
        if (t instanceof Type.EnumLiteral) t = l.type();
        boolean ordered = op != Ir.CmpOp.EQ && op != Ir.CmpOp.NE;
        boolean okType = isNumeric(t) || (!ordered && (t instanceof Type.Bool || t instanceof EnumType || t instanceof ErrorSetType
                || t instanceof Type.Pointer p && !p.isSlice() || t instanceof Type.Optional o && Layout.isPointerLike(o.child())
                || t instanceof UnionType u && u.tag() != null))
                || ordered && t instanceof Type.Pointer p2 && p2.size() != Type.PtrSize.SLICE;
        if (!okType) {
            throw error(b.opSpan(), "operator " + b.op().symbol + " not allowed for type '" + t.name() + "'");
        }
        if (t instanceof UnionType u) {
            t = u.tag();
        }
        l = coerce(l, t, b.left().span());
        r = coerce(r, t, b.right().span());
        Value lv = constValue(l);
        Value rv = constValue(r);
        if (lv != null && rv != null && !(lv instanceof Value.UndefV) && !(rv instanceof Value.UndefV)) {
            Boolean folded = Folding.compare(op, lv, rv);
            if (folded != null) return konst(BOOL, new Value.BoolV(folded), b.span());
        }
        return new Ir.Cmp(op, l, r, BOOL, b.opSpan());
    }

    private Ir.Expr arithmetic(Ast.Binary b, Ast.BinOp op, Ir.Expr l, Ir.Expr r) {
        // pointer arithmetic: [*]T + usize
        if (l.type() instanceof Type.Pointer lp && (lp.size() == Type.PtrSize.MANY || lp.size() == Type.PtrSize.C)
                && (op == Ast.BinOp.ADD || op == Ast.BinOp.SUB)) {
            Ir.Expr n = coerce(r, USIZE, b.right().span());
            return new Ir.Binary(op == Ast.BinOp.ADD ? Ir.BinOp.PTR_ADD : Ir.BinOp.PTR_SUB, l, n, lp, b.opSpan());
        }
        Type t = peerType(List.of(l, r), b.opSpan());
        if (!isNumeric(t)) {
            throw error(b.opSpan(), "invalid operands to binary expression: '" + typeKind(l.type()) + "' and '" + typeKind(r.type()) + "'");
        }
        l = coerce(l, t, b.left().span());
        r = coerce(r, t, b.right().span());
        Ir.BinOp iop = switch (op) {
            case ADD -> Ir.BinOp.ADD;
            case ADD_WRAP -> Ir.BinOp.ADD_WRAP;
            case ADD_SAT -> Ir.BinOp.ADD_SAT;
            case SUB -> Ir.BinOp.SUB;
            case SUB_WRAP -> Ir.BinOp.SUB_WRAP;
            case SUB_SAT -> Ir.BinOp.SUB_SAT;
            case MUL -> Ir.BinOp.MUL;
            case MUL_WRAP -> Ir.BinOp.MUL_WRAP;
            case MUL_SAT -> Ir.BinOp.MUL_SAT;
            case DIV -> Ir.BinOp.DIV_TRUNC;
            case MOD -> Ir.BinOp.REM;
            case BIT_AND -> Ir.BinOp.BIT_AND;
            case BIT_OR -> Ir.BinOp.BIT_OR;
            case BIT_XOR -> Ir.BinOp.BIT_XOR;
            default -> throw error(b.opSpan(), "operator " + op.symbol + " not supported here");
        };
        if ((iop == Ir.BinOp.BIT_AND || iop == Ir.BinOp.BIT_OR || iop == Ir.BinOp.BIT_XOR) && isFloat(t)) {
            throw error(b.opSpan(), "invalid operands to binary bitwise expression: 'float' and 'float'");
        }
        Value lv = constValue(l);
        Value rv = constValue(r);
        if ((iop == Ir.BinOp.DIV_TRUNC || iop == Ir.BinOp.REM) && t instanceof Type.Int it && it.signed()) {
            boolean bothKnownPositive = intValue(lv) instanceof BigInteger x && x.signum() >= 0 && intValue(rv) instanceof BigInteger y && y.signum() > 0;
            if (!bothKnownPositive) {
                String what = iop == Ir.BinOp.DIV_TRUNC ? "division" : "remainder division";
                String fix = iop == Ir.BinOp.DIV_TRUNC ? "@divTrunc, @divFloor, or @divExact" : "@rem or @mod";
                throw error(b.opSpan(), what + " with '" + t.name() + "' and '" + t.name() + "': signed integers must use " + fix);
            }
        }
        return fold(iop, l, r, t, b.opSpan(), b.span());
    }

    /** Builds an arithmetic node, folding it when both operands are comptime-known. */
    Ir.Expr fold(Ir.BinOp op, Ir.Expr l, Ir.Expr r, Type t, Span opSpan, Span span) {
        Value lv = constValue(l);
        Value rv = constValue(r);
        if (lv != null && rv != null && !(lv instanceof Value.UndefV) && !(rv instanceof Value.UndefV)) {
            Value v = Folding.arith(op, lv, rv, t, opSpan, this);
            if (v != null) return konst(t, v, span);
        }
        return new Ir.Binary(op, l, r, t, opSpan);
    }

    private static String typeKind(Type t) {
        return switch (t) {
            case Type.Bool b -> "bool";
            case Type.Pointer p -> "pointer";
            case StructType s -> "struct";
            case Type.Optional o -> "optional";
            default -> t.name();
        };
    }

    private Ir.Expr shift(Ast.Binary b, Ir.Expr l) {
        Type lt = l.type();
        if (lt instanceof Type.ComptimeInt) {
            Ir.Expr r = exprAs(b.right(), COMPTIME_INT);
            Value lv = constValue(l);
            Value rv = constValue(r);
            if (lv instanceof Value.IntV li && rv instanceof Value.IntV ri) {
                int n = ri.value().intValue();
                BigInteger v = b.op() == Ast.BinOp.SHR ? li.value().shiftRight(n) : li.value().shiftLeft(n);
                return konst(COMPTIME_INT, new Value.IntV(v), b.span());
            }
            throw error(b.span(), "unable to resolve comptime value");
        }
        if (!(lt instanceof Type.Int it)) throw error(b.opSpan(), "invalid operands to binary expression: '" + lt.name() + "'");
        Type.Int amountType = new Type.Int(Math.max(1, 64 - Long.numberOfLeadingZeros(it.bits() - 1)), false);
        if (it.bits() == 1) amountType = new Type.Int(0, false);
        Ir.Expr r = expr(b.right(), amountType);
        Value rv = constValue(r);
        if (rv instanceof Value.IntV ri) {
            if (ri.value().compareTo(BigInteger.valueOf(it.bits())) >= 0) {
                throw error(b.right().span(), "type '" + amountType.name() + "' cannot represent integer value '" + ri.value() + "'");
            }
            r = konst(amountType, ri, r.span());
        } else {
            r = coerce(r, amountType, b.right().span());
        }
        Ir.BinOp op = switch (b.op()) {
            case SHL -> Ir.BinOp.SHL;
            case SHL_SAT -> Ir.BinOp.SHL_SAT;
            default -> Ir.BinOp.SHR;
        };
        return fold(op, l, r, it, b.opSpan(), b.span());
    }

    /** {@code ++} and {@code **} on comptime-known arrays and strings. */
    private Ir.Expr arrayOp(Ast.Binary b) {
        Ir.Expr l = expr(b.left(), null);
        Value lv = requireComptime(l, b.left().span(), null);
        if (b.op() == Ast.BinOp.REPEAT) {
            Ir.Expr r = exprAs(b.right(), USIZE);
            int n = ((Value.IntV) requireComptime(r, b.right().span(), null)).value().intValue();
            if (lv instanceof Value.StringV s) {
                byte[] out = new byte[s.bytes().length * n];
                for (int i = 0; i < n; i++) System.arraycopy(s.bytes(), 0, out, i * s.bytes().length, s.bytes().length);
                return konst(stringLiteralType(out.length), new Value.StringV(out), b.span());
            }
            if (lv instanceof Value.AggregateV av && av.type() instanceof Type.Array at) {
                List<Value> out = new ArrayList<>();
                for (int i = 0; i < n; i++) out.addAll(av.elements());
                Type t = new Type.Array(out.size(), at.child(), at.sentinel());
                return konst(t, new Value.AggregateV(t, out), b.span());
            }
            throw error(b.opSpan(), "expected array, found '" + l.type().name() + "'");
        }
        Ir.Expr r = expr(b.right(), null);
        Value rv = requireComptime(r, b.right().span(), null);
        if (lv instanceof Value.StringV ls && rv instanceof Value.StringV rs) {
            byte[] out = new byte[ls.bytes().length + rs.bytes().length];
            System.arraycopy(ls.bytes(), 0, out, 0, ls.bytes().length);
            System.arraycopy(rs.bytes(), 0, out, ls.bytes().length, rs.bytes().length);
            return konst(stringLiteralType(out.length), new Value.StringV(out), b.span());
        }
        if (lv instanceof Value.AggregateV la && rv instanceof Value.AggregateV ra && la.type() instanceof Type.Array at) {
            List<Value> out = new ArrayList<>(la.elements());
            out.addAll(ra.elements());
            Type t = new Type.Array(out.size(), at.child(), at.sentinel());
            return konst(t, new Value.AggregateV(t, out), b.span());
        }
        throw error(b.opSpan(), "expected array, found '" + l.type().name() + "'");
    }

    static BigInteger wrap(BigInteger v, Type.Int t) {
        BigInteger mod = BigInteger.ONE.shiftLeft(t.bits());
        BigInteger r = v.mod(mod);
        if (t.signed() && r.testBit(t.bits() - 1)) r = r.subtract(mod);
        return r;
    }

    BigInteger checkFits(BigInteger v, Type.Int t, Span span) {
        if (!t.fits(v)) throw error(span, "overflow of integer type '" + t.name() + "' with value '" + v + "'");
        return v;
    }

    // ------------------------------------------------------------------ initializers

    Ir.Expr init(Ast.Init in, Type expected) {
        Type t;
        if (in.type() != null) {
            if (in.type() instanceof Ast.ArrayType at && at.length() instanceof Ast.Identifier id && id.name().equals("_")) {
                t = arrayType(at, in.elements().size());
            } else {
                t = typeOf(in.type());
            }
        } else {
            t = expected;
            if (t instanceof Type.Optional o) t = o.child();
            if (t instanceof Type.ErrorUnion eu) t = eu.payload();
            if (t instanceof Type.Pointer p && p.isSlice() && !in.elements().isEmpty()) t = null;
            if (t instanceof Type.AnyType) t = null;
        }
        if (t == null) return anonymousInit(in);
        if (t instanceof StructType st && !st.isTuple()) return structInit(in, st);
        if (t instanceof Type.Array at) return arrayInit(in, at);
        if (t instanceof UnionType ut) return unionInit(in, ut);
        if (t instanceof StructType st) return anonymousInit(in);
        if (in.fields().isEmpty() && in.elements().isEmpty() && t instanceof Type.Void) return konst(VOID, Value.VoidV.INSTANCE, in.span());
        throw error(in.span(), "type '" + t.name() + "' does not support struct initialization syntax");
    }

    private Ir.Expr structInit(Ast.Init in, StructType st) {
        sema.resolveFields(st);
        if (!in.elements().isEmpty()) {
            throw error(in.span(), "initializing a struct with positional values is not allowed; name the fields");
        }
        List<Ir.Expr> values = new ArrayList<>();
        for (int i = 0; i < st.fields().size(); i++) values.add(null);
        for (Ast.FieldInit fi : in.fields()) {
            int i = st.fieldIndex(fi.name());
            if (i < 0) throw error(fi.nameSpan(), "no field named '" + fi.name() + "' in struct '" + st.name() + "'", declaredHere(st));
            if (values.get(i) != null) throw error(fi.nameSpan(), "duplicate field");
            values.set(i, exprAs(fi.value(), st.fields().get(i).type()));
        }
        Span lbrace = initBraceSpan(in);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) continue;
            Value def = sema.fieldDefault(st, i);
            if (def == null) throw error(lbrace, "missing struct field: " + st.fields().get(i).name(), declaredHere(st));
            values.set(i, konst(st.fields().get(i).type(), def, in.span()));
        }
        return aggregate(st, values, in.span(), () -> new Ir.StructInit(st, values, in.span()));
    }

    /** Where Zig points for errors about a whole initializer: its opening brace. */
    private static Span initBraceSpan(Ast.Init in) {
        String text = in.span().text();
        int at = in.type() != null ? in.type().span().end() - in.span().start() : text.indexOf('{');
        int brace = text.indexOf('{', Math.max(0, at));
        int off = in.span().start() + Math.max(0, brace);
        return new Span(in.span().file(), off, off + 1);
    }

    private Ir.Expr aggregate(Type t, List<Ir.Expr> values, Span span, java.util.function.Supplier<Ir.Expr> runtime) {
        List<Value> vals = new ArrayList<>();
        for (Ir.Expr v : values) {
            Value cv = constValue(v);
            if (cv == null) return runtime.get();
            vals.add(cv);
        }
        return konst(t, new Value.AggregateV(t, vals), span);
    }

    private Ir.Expr arrayInit(Ast.Init in, Type.Array at) {
        if (!in.fields().isEmpty()) throw error(in.span(), "initializing an array requires positional values");
        if (in.elements().size() != at.length()) {
            throw error(in.span(), "expected " + at.length() + " array elements; found " + in.elements().size());
        }
        List<Ir.Expr> values = new ArrayList<>();
        for (Ast.Expr e : in.elements()) values.add(exprAs(e, at.child()));
        return aggregate(at, values, in.span(), () -> new Ir.ArrayInit(at, values, in.span()));
    }

    private Ir.Expr unionInit(Ast.Init in, UnionType ut) {
        if (in.fields().size() != 1) throw error(in.span(), "union initialization expects exactly one field");
        Ast.FieldInit fi = in.fields().get(0);
        int i = ut.fieldIndex(fi.name());
        if (i < 0) throw error(fi.nameSpan(), "no field named '" + fi.name() + "' in union '" + ut.name() + "'");
        Ir.Expr v = exprAs(fi.value(), ut.fields().get(i).type());
        Value cv = constValue(v);
        if (cv != null) return konst(ut, new Value.UnionV(ut, i, cv), in.span());
        return new Ir.UnionInit(ut, i, v, in.span());
    }

    /** {@code .{...}} with no result type: a tuple or anonymous struct; comptime-known values become comptime fields. */
    private Ir.Expr anonymousInit(Ast.Init in) {
        List<StructType.Field> fields = new ArrayList<>();
        List<Ir.Expr> runtime = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        boolean allConst = true;
        boolean named = !in.fields().isEmpty();
        int n = named ? in.fields().size() : in.elements().size();
        for (int i = 0; i < n; i++) {
            Ast.Expr ae = named ? in.fields().get(i).value() : in.elements().get(i);
            String name = named ? in.fields().get(i).name() : Integer.toString(i);
            Ir.Expr v = expr(ae, null);
            Value cv = constValue(v);
            Type ft = v.type();
            if (cv != null) {
                fields.add(new StructType.Field(name, ft, cv, true, ae.span(), null));
            } else {
                allConst = false;
                if (ft.isComptimeOnly()) throw error(ae.span(), "unable to resolve comptime value");
                fields.add(new StructType.Field(name, ft, null, false, ae.span(), null));
                runtime.add(v);
            }
            values.add(cv);
        }
        var sb = new StringBuilder(named ? "struct{" : "struct{");
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(", ");
            StructType.Field f = fields.get(i);
            if (f.isComptime()) sb.append("comptime ");
            if (named) sb.append(f.name()).append(": ");
            sb.append(f.type().name());
            if (f.isComptime()) sb.append(" = ").append(f.defaultValue().show());
        }
        StructType tuple = StructType.tuple(sb.append('}').toString(), fields);
        if (allConst) return konst(tuple, new Value.AggregateV(tuple, values), in.span());
        List<Ir.Expr> all = new ArrayList<>();
        int k = 0;
        for (StructType.Field f : fields) all.add(f.isComptime() ? konst(f.type(), f.defaultValue(), in.span()) : runtime.get(k++));
        return new Ir.StructInit(tuple, all, in.span());
    }

    // ------------------------------------------------------------------ types

    Type pointerType(Ast.PointerType p) {
        Type child = typeOf(p.child());
        Type.PtrSize size = switch (p.size()) {
            case ONE -> Type.PtrSize.ONE;
            case MANY -> Type.PtrSize.MANY;
            case SLICE -> Type.PtrSize.SLICE;
            case C -> Type.PtrSize.C;
        };
        Value sentinel = p.sentinel() != null ? comptimeValue(p.sentinel(), scope, child) : null;
        int align = 0;
        if (p.align() != null) {
            Value av = comptimeValue(p.align(), scope, COMPTIME_INT);
            align = intValue(av).intValue();
            if (align == Layout.alignOf(child)) align = 0;
        }
        return new Type.Pointer(size, child, p.isConst(), sentinel, align);
    }

    Type arrayType(Ast.ArrayType a, int inferredLength) {
        long len;
        Type child = typeOf(a.child());
        if (a.length() instanceof Ast.Identifier id && id.name().equals("_")) {
            if (inferredLength < 0) throw error(a.length().span(), "unable to infer array size");
            len = inferredLength;
        } else {
            // the length is evaluated at compile time, calls included (`[fib(5)]u8`)
            boolean savedMode = comptimeMode;
            comptimeMode = true;
            Ir.Expr l;
            try {
                l = exprAs(a.length(), USIZE);
            } finally {
                comptimeMode = savedMode;
            }
            Value v = requireComptime(l, a.length().span(), "array length must be comptime-known");
            len = intValue(v).longValue();
        }
        Value sentinel = a.sentinel() != null ? comptimeValue(a.sentinel(), scope, child) : null;
        return new Type.Array(len, child, sentinel);
    }

    Type errorUnionType(Ast.ErrorUnionType eu) {
        Type es = typeOf(eu.errorSet());
        if (!(es instanceof ErrorSetType set)) throw error(eu.errorSet().span(), "expected error set type, found '" + es.name() + "'");
        return new Type.ErrorUnion(set, typeOf(eu.payload()));
    }

    Type.Fn fnType(List<Ast.Param> params, Ast.Expr ret, boolean inferred) {
        List<Type> ps = new ArrayList<>();
        for (Ast.Param p : params) ps.add(p.isAnytype() ? new Type.AnyType() : typeOf(p.type()));
        Type r = typeOf(ret);
        if (inferred) r = new Type.ErrorUnion(ErrorSetType.ANYERROR, r);
        return new Type.Fn(ps, r);
    }

    static String utf8(byte[] b) { return new String(b, StandardCharsets.UTF_8); }
}
