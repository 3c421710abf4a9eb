package org.heaplab.lang.check;

import static org.heaplab.lang.check.Checker.note;
import static org.heaplab.lang.check.TypeRules.*;
import static org.heaplab.lang.check.Consts.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.heaplab.diag.Diagnostic;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.ErrorSetType;
import org.heaplab.lang.types.FnRef;
import org.heaplab.lang.types.GlobalVar;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.Namespace;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Value;
import org.heaplab.lang.types.fp.F128;
import org.heaplab.source.Span;

/**
 * Checks expressions that are not operators, initializers, control flow or calls: names,
 * literals, field access, indexing, slicing, dereferences. Comptime-known operands are folded,
 * so {@code const n = 4; var a: [n * 2]u8} works as in Zig.
 */
final class Expressions {
    private final Checker cx;

    Expressions(Checker cx) {
        this.cx = cx;
    }

    /** Checks an expression in a given scope (for container-level declarations). */
    Ir.Expr expr(Ast.Expr e, Type expected, Scope s) {
        Scope saved = cx.scope;
        cx.scope = s;
        try {
            return expr(e, expected);
        } finally {
            cx.scope = saved;
        }
    }

    /** Checks an expression; {@code expected} is its result type when known (it guides literals, not a coercion). */
    Ir.Expr expr(Ast.Expr e, Type expected) {
        if (!cx.prechecked.isEmpty() && cx.prechecked.get(e) instanceof Ir.Expr done) return done;
        return switch (e) {
            case Ast.Identifier id -> identifier(id);
            case Ast.IntLit l -> konst(COMPTIME_INT, new Value.IntV(l.value()), l.span());
            case Ast.FloatLit l -> konst(COMPTIME_FLOAT, literal(l), l.span());
            case Ast.CharLit l -> konst(COMPTIME_INT, Value.IntV.of(l.codepoint()), l.span());
            case Ast.StringLit s -> konst(stringLiteralType(s.bytes().length), new Value.StringV(s.bytes()), s.span());
            case Ast.EnumLit l -> enumLiteral(l, expected);
            case Ast.ErrorLit l -> {
                cx.sema.errorCode(l.name());
                yield konst(ErrorSetType.of("error{" + l.name() + "}", java.util.Set.of(l.name())), new Value.ErrorV(l.name()), l.span());
            }
            case Ast.BuiltinCall b -> cx.builtins.check(b, expected);
            case Ast.Call c -> cx.calls.call(c, expected);
            case Ast.Field f -> field(f);
            case Ast.Index i -> index(i);
            case Ast.SliceOf s -> slice(s);
            case Ast.Deref d -> deref(d);
            case Ast.UnwrapOpt u -> unwrapOptional(u);
            case Ast.Unary u -> cx.vectors.unary(u, expected);
            case Ast.Binary b -> cx.ops.binary(b, expected);
            case Ast.Init i -> cx.inits.init(i, expected);
            case Ast.Grouped g -> expr(g.expr(), expected);
            case Ast.Comptime c -> c.expr() instanceof Ast.Block b && b.label() == null && cx.fn != null && !cx.executing
                    ? cx.comptime.comptimeBody(b) : comptimeExpr(c.expr(), expected);
            case Ast.ContainerType ct -> {
                String name = cx.nameHint != null ? cx.nameHint : anonymousName(ct);
                cx.nameHint = null;
                yield konst(TYPE, new Value.TypeV(cx.sema.containers.makeContainer(ct, cx.scope, name, cx)), ct.span());
            }
            case Ast.ErrorSetType es -> {
                for (String n : es.names()) cx.sema.errorCode(n);
                // Zig names an error set by its errors, not by the declaration holding it
                String name = "error{" + String.join(",", es.names()) + "}";
                cx.nameHint = null;
                yield konst(TYPE, new Value.TypeV(ErrorSetType.of(name, new LinkedHashSet<>(es.names()))), es.span());
            }
            case Ast.PointerType p -> konst(TYPE, new Value.TypeV(cx.types.pointerType(p)), p.span());
            case Ast.ArrayType a -> konst(TYPE, new Value.TypeV(cx.types.arrayType(a, -1)), a.span());
            case Ast.OptionalType o -> konst(TYPE, new Value.TypeV(new Type.Optional(cx.types.typeOf(o.child()))), o.span());
            case Ast.ErrorUnionType eu -> konst(TYPE, new Value.TypeV(cx.types.errorUnionType(eu)), eu.span());
            case Ast.FnType ft -> konst(TYPE, new Value.TypeV(cx.types.fnType(ft.params(), ft.returnType(), ft.inferredErrorSet())), ft.span());
            case Ast.AnyType a -> konst(TYPE, new Value.TypeV(new Type.AnyType()), a.span());
            case Ast.Bad b -> throw cx.error(b.span(), "expected expression");
            case Ast.Assign a -> cx.stmts.assignExpr(a);
            default -> cx.flow.controlFlow(e, expected);
        };
    }

    /** A float literal's comptime_float: exact at f128 where its spelling reads as one, else its f64. */
    private static Value.FloatV literal(Ast.FloatLit l) {
        F128 wide = l.text() == null ? null : F128.parse(l.text());
        return wide == null ? new Value.FloatV(l.value()) : new Value.FloatV(wide);
    }

    String anonymousName(Ast.ContainerType ct) {
        Namespace ns = cx.scope.enclosingNamespace();
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
        return cx.coercions.coerce(expr(e, target), target, Checker.mainSpan(e));
    }

    /** Evaluates an expression that must be known at compile time (coerced to {@code expected} when given). */
    Ir.Const comptimeExpr(Ast.Expr e, Type expected) {
        if (e instanceof Ast.Block b && b.label() != null) return cx.comptime.comptimeBlock(b, expected);
        boolean savedMode = cx.comptimeMode;
        cx.comptimeMode = true;
        try {
            Ir.Expr r = expr(e, expected);
            if (expected != null) r = cx.coercions.coerce(r, expected, e.span());
            Value v = constValue(r);
            if (v == null) throw cx.error(e.span(), "unable to resolve comptime value");
            return konst(r.type(), v, e.span());
        } finally {
            cx.comptimeMode = savedMode;
        }
    }

    /** The value of an expression that must be known at compile time, evaluated in scope {@code s}. */
    Value comptimeValue(Ast.Expr e, Scope s, Type expected) {
        Scope saved = cx.scope;
        cx.scope = s;
        try {
            return comptimeExpr(e, expected).value();
        } finally {
            cx.scope = saved;
        }
    }

    Value requireComptime(Ir.Expr e, Span span, String why) {
        Value v = constValue(e);
        if (v == null) {
            if (why != null) throw cx.error(span, "unable to resolve comptime value", note(span, why));
            throw cx.error(span, "unable to resolve comptime value");
        }
        return v;
    }

    /** A comptime-known integer (a length, a count): undefined there is Zig's undefined-behavior error. */
    BigInteger requireComptimeInt(Ir.Expr e, Span span, String why) {
        Value v = requireComptime(e, span, why);
        if (v instanceof Value.UndefV) throw cx.error(span, "use of undefined value here causes undefined behavior");
        BigInteger n = intValue(v);
        if (n == null) throw cx.error(span, "expected type 'usize', found '" + e.type().name() + "'");
        return n;
    }

    // ------------------------------------------------------------------ names

    Ir.Expr identifier(Ast.Identifier id) {
        String n = id.name();
        Span span = id.span();
        Ir.Expr prim = primitive(n, span);
        if (prim != null) return prim;
        for (Scope s = cx.scope; s != null; s = s.parent()) {
            Scope.Binding b = s.own(n);
            if (b != null) {
                return switch (b) {
                    case Scope.Comptime c -> konst(c.type(), c.value(), span);
                    case Scope.ComptimeVar v -> konst(v.cell().type, v.cell().value, span);
                    case Scope.Runtime r -> new Ir.LocalRef(r.local(), span);
                };
            }
            Namespace ns = s.namespace();
            if (ns != null) {
                Namespace.Decl d = ns.get(n);
                if (d != null) return declRef(ns, d, span);
            }
        }
        if (n.equals("_")) throw cx.error(span, "'_' used as an identifier without @\"_\" syntax");
        String wide = TypeRules.unsupportedIntType(n);
        if (wide != null) throw cx.error(span, wide);
        throw cx.error(span, "use of undeclared identifier '" + n + "'");
    }

    Ir.Expr declRef(Namespace ns, Namespace.Decl d, Span span) {
        cx.sema.decls.resolveDecl(ns, d, span);
        if (d.global != null) return new Ir.GlobalRef((GlobalVar) d.global, span);
        if (d.value instanceof Value.FnV fv) return konst(fnValueType(fv.fn()), d.value, span);
        if (d.value == null) throw new Sema.SemaError(); // resolving (a function referring to itself)
        return konst(d.type, d.value, span);
    }

    /** The type of a function value: its signature when that does not depend on comptime parameters. */
    Type.Fn fnValueType(FnRef ref) {
        Type.Fn known = cx.sema.instances.fnTypes.get(ref);
        if (known != null) return known;
        Type.Fn sig = quietSignature(ref); // may compute other signatures first
        cx.sema.instances.fnTypes.put(ref, sig);
        return sig;
    }

    Type.Fn quietSignature(FnRef ref) {
        int before = cx.sema.diagnostics.size();
        try {
            return cx.sema.instances.signaturePart(ref.decl(), null, () -> signature(ref));
        } catch (Sema.SemaError e) {
            while (cx.sema.diagnostics.size() > before) cx.sema.diagnostics.remove(cx.sema.diagnostics.size() - 1);
            return new Type.Fn(List.of(), new Type.AnyType());
        }
    }

    Type.Fn signature(FnRef ref) {
        List<Type> params = new ArrayList<>();
        var s = new Scope(new Scope(Scope.of(ref.namespace()), ref.namespace()), null);
        var checker = new Checker(cx.sema, null, s);
        boolean generic = false;
        for (Ast.Param p : ref.decl().params()) {
            if (p.isComptime() || p.isAnytype()) {
                generic = true;
                params.add(new Type.AnyType());
                continue;
            }
            params.add(checker.types.resolveType(p.type(), s));
        }
        Type ret;
        if (generic) {
            ret = new Type.AnyType();
        } else {
            ret = checker.types.resolveType(ref.decl().returnType(), s);
            if (ref.decl().inferredErrorSet()) ret = new Type.ErrorUnion(ErrorSetType.ANYERROR, ret);
        }
        return new Type.Fn(params, ret);
    }

    static Ir.Expr primitive(String n, Span span) {
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

    Ir.Expr enumLiteral(Ast.EnumLit l, Type expected) {
        Ir.Expr lit = konst(ENUM_LITERAL, new Value.EnumLitV(l.name()), l.span());
        Type t = expected instanceof Type.Optional o ? o.child() : expected;
        if (t instanceof EnumType || t instanceof UnionType) return cx.coercions.coerce(lit, t, l.span());
        return lit;
    }

    // ------------------------------------------------------------------ fields

    Ir.Expr field(Ast.Field f) {
        Ir.Expr target = expr(f.target(), null);
        return fieldOf(target, f.name(), f.nameSpan(), f.span(), false);
    }

    /**
     * {@code e} where Zig takes a reference to it (the operand of {@code &}, the object of a method call): a field access
     * there reports a missing container member at the member's name, where a value access reports it at the '.'.
     */
    Ir.Expr exprAsRef(Ast.Expr e, Type expected) {
        if (!(e instanceof Ast.Field f)) return expr(e, expected);
        return fieldOf(expr(f.target(), null), f.name(), f.nameSpan(), f.span(), true);
    }

    Ir.Expr fieldOf(Ir.Expr target, String name, Span nameSpan, Span span) {
        return fieldOf(target, name, nameSpan, span, true);
    }

    Ir.Expr fieldOf(Ir.Expr target, String name, Span nameSpan, Span span, boolean asRef) {
        Value tv = constValue(target);
        if (tv instanceof Value.TypeV t) return memberOfType(t.type(), name, nameSpan, asRef ? nameSpan : dotOf(nameSpan));
        Type tt = target.type();
        if (tt instanceof Type.Pointer p && p.size() == Type.PtrSize.ONE) {
            if (p.child() instanceof Type.Array a && name.equals("len")) return konst(USIZE, Value.IntV.of(a.length()), span);
            if (p.child() instanceof Type.Array a && name.equals("ptr")) {
                Type many = new Type.Pointer(Type.PtrSize.MANY, a.child(), p.isConst(), a.sentinel(), 0);
                Value cv = constValue(target);
                if (cv != null && !(cv instanceof Value.UndefV)) return konst(many, cv, span);
                return new Ir.Convert(Ir.ConvKind.ARRAY_PTR_TO_MANY, target, many, nameSpan);
            }
            if (p.child() instanceof StructType || p.child() instanceof UnionType || p.child() instanceof Type.Pointer) {
                target = derefValue(target, p.child(), nameSpan);
                tt = p.child();
            }
        }
        if (tt instanceof StructType st) {
            cx.sema.containers.resolveFields(st);
            int i = st.fieldIndex(name);
            if (i < 0 && st.isTuple() && name.equals("len")) return konst(USIZE, Value.IntV.of(st.fields().size()), span);
            if (i < 0) {
                throw cx.error(nameSpan, "no field named '" + name + "' in struct '" + st.name() + "'", declaredHere(st));
            }
            StructType.Field fd = st.fields().get(i);
            if (fd.isComptime()) return konst(fd.type(), fd.defaultValue(), span);
            Value cv = constValue(target);
            if (cv instanceof Value.AggregateV av) return konst(fd.type(), av.elements().get(i), span);
            return new Ir.FieldRef(target, st, i, fd.type(), dotOf(nameSpan));
        }
        if (tt instanceof UnionType ut) {
            int i = ut.fieldIndex(name);
            if (i < 0) throw cx.error(nameSpan, "no field named '" + name + "' in union '" + ut.name() + "'");
            Value cv = constValue(target);
            if (cv instanceof Value.UnionV uv) {
                if (uv.fieldIndex() != i) {
                    String msg = "access of union field '" + name + "' while field '" + ut.fields().get(uv.fieldIndex()).name() + "' is active";
                    if (ut.declaredAt != null) throw cx.error(dotOf(nameSpan), msg, note(ut.declaredAt, "union declared here"));
                    throw cx.error(dotOf(nameSpan), msg);
                }
                return konst(ut.fields().get(i).type(), uv.payload(), span);
            }
            return new Ir.UnionPayload(target, ut, i, ut.fields().get(i).type(), dotOf(nameSpan));
        }
        if (tt instanceof Type.Pointer p && p.isSlice()) {
            if (name.equals("len")) {
                Value sv = constValue(target);
                Value data = sv instanceof Value.RefV r ? r.target() : sv instanceof Value.CellPtrV cp ? cx.places.load(cp) : sv;
                if (sv instanceof Value.CellPtrV cp && cp.pointee() instanceof Type.Array a) return konst(USIZE, Value.IntV.of(a.length()), span);
                if (data instanceof Value.AggregateV av) return konst(USIZE, Value.IntV.of(av.elements().size()), span);
                if (data instanceof Value.StringV str) return konst(USIZE, Value.IntV.of(str.bytes().length), span);
                return new Ir.SliceField(target, true, USIZE, nameSpan);
            }
            if (name.equals("ptr")) {
                Type many = new Type.Pointer(Type.PtrSize.MANY, p.child(), p.isConst(), p.sentinel(), p.alignment());
                Value sv = constValue(target);
                if (sv instanceof Value.StringV || sv instanceof Value.RefV || sv instanceof Value.CellPtrV) return konst(many, sv, span);
                return new Ir.SliceField(target, false, many, nameSpan);
            }
            throw cx.error(nameSpan, "no member named '" + name + "' in '" + tt.name() + "'");
        }
        if (tt instanceof Type.Array a && name.equals("len")) return konst(USIZE, Value.IntV.of(a.length()), span);
        throw invalidFieldAccess(tt, name, nameSpan);
    }

    /**
     * Zig's failWithInvalidFieldAccess, at the '.': an optional or error union (or a pointer to
     * one) whose payload has the field says so, with a hint to unwrap it.
     */
    Sema.SemaError invalidFieldAccess(Type t, String name, Span nameSpan) {
        Span at = dotOf(nameSpan);
        Type inner = t instanceof Type.Pointer p && p.size() == Type.PtrSize.ONE ? p.child() : t;
        if (inner instanceof Type.Optional o && supportsFieldAccess(o.child(), name)) {
            return cx.error(at, "optional type '" + t.name() + "' does not support field access", note(at, "consider using '.?', 'orelse', or 'if'"));
        }
        if (inner instanceof Type.ErrorUnion eu && supportsFieldAccess(eu.payload(), name)) {
            return cx.error(at, "error union type '" + t.name() + "' does not support field access", note(at, "consider using 'try', 'catch', or 'if'"));
        }
        return cx.error(at, "type '" + t.name() + "' does not support field access");
    }

    private static boolean supportsFieldAccess(Type t, String name) {
        return switch (t) {
            case Type.Array a -> name.equals("len");
            case Type.Pointer p when p.isSlice() -> name.equals("ptr") || name.equals("len");
            case Type.Pointer p -> p.child() instanceof Type.Array && name.equals("len");
            case Type.TypeType x -> true;
            case StructType st -> true;
            case UnionType ut -> true;
            default -> false;
        };
    }

    /** The '.' before a field's name, where Zig places a fault in reading the field; the name itself otherwise. */
    static Span dotOf(Span name) {
        int at = name.start() - 1;
        if (at >= 0 && name.file().text().charAt(at) == '.') return new Span(name.file(), at, at + 1);
        return name;
    }

    Diagnostic.Note declaredHere(Type t) {
        if (t instanceof StructType st && st.ast() != null) return note(keywordSpan(st.ast()), "struct declared here");
        if (t instanceof StructType st && st.kind() == StructType.Kind.FILE) {
            return new Diagnostic.Note(Span.at(st.namespace().file(), 0), "struct declared here",
                    st.namespace().file().isLibrary() ? baseName(st.namespace().file().name()) + ":1:1" : null);
        }
        if (t instanceof EnumType et && et.declaredAt != null) return note(et.declaredAt, "enum declared here");
        return note(Span.at(cx.sema.root, 0), "declared here");
    }

    static Span keywordSpan(Ast.ContainerType ct) {
        return new Span(ct.span().file(), ct.span().start(), ct.span().start() + 6);
    }

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
        return memberOfType(t, name, span, span);
    }

    /**
     * As above; a struct's missing declaration or an error set's missing error is reported at {@code missingAt} (Zig
     * places it at the access's '.' unless the access is taken by reference); an enum's or union's at the name.
     */
    Ir.Expr memberOfType(Type t, String name, Span span, Span missingAt) {
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
            if (!es.contains(name)) throw cx.error(missingAt, "no error named '" + name + "' in '" + es.name() + "'");
            cx.sema.errorCode(name);
            return konst(es, new Value.ErrorV(name), span);
        }
        if (ns != null) {
            Namespace.Decl d = ns.get(name);
            if (d != null) {
                if (!d.isPub && !isWithin(ns)) {
                    throw cx.error(span, "'" + name + "' is not marked 'pub'", note(d.member.span(), "declared here"));
                }
                return declRef(ns, d, span);
            }
        }
        String what = t instanceof StructType st && st.kind() == StructType.Kind.FILE ? "root source file struct '" + t.name() + "'"
                : t instanceof EnumType ? "enum '" + t.name() + "'"
                : t instanceof UnionType ? "union '" + t.name() + "'"
                : t instanceof StructType ? "struct '" + t.name() + "'" : "type '" + t.name() + "'";
        Span at = t instanceof EnumType || t instanceof UnionType ? span : missingAt;
        String unsupported = StdNames.unsupported(t, name);
        if (unsupported != null) throw cx.error(at, unsupported);
        throw cx.error(at, what + " has no member named '" + name + "'", declaredHere(t));
    }

    /** Whether the code being checked is inside the file of {@code ns} (where private declarations are visible). */
    boolean isWithin(Namespace ns) {
        Namespace here = cx.scope.enclosingNamespace();
        return here == null || here.file() == ns.file();
    }

    Ir.Expr derefValue(Ir.Expr ptr, Type child, Span span) {
        Value cv = constValue(ptr);
        if (cv instanceof Value.RefV r) return konst(child, r.target(), span);
        if (cv instanceof Value.StringV s && child instanceof Type.Array) return konst(child, s, span);
        if (cv instanceof Value.CellPtrV p) return konst(child, cx.places.load(ComptimePlaces.Place.of(p)), span);
        return new Ir.Deref(ptr, child, span);
    }

    // ------------------------------------------------------------------ indexing

    Ir.Expr index(Ast.Index ix) {
        Ir.Expr base = expr(ix.target(), null);
        Ir.Expr idx = exprAs(ix.index(), USIZE);
        return indexOf(base, idx, ix.lbracket(), Checker.mainSpan(ix.index()));
    }

    Ir.Expr indexOf(Ir.Expr base, Ir.Expr idx, Span lbracket, Span indexSpan) {
        Type bt = base.type();
        if (bt instanceof StructType st && st.isTuple() && constValue(idx) instanceof Value.IntV ti) {
            return fieldOf(base, ti.value().toString(), indexSpan, lbracket);
        }
        Type elem = elementType(bt);
        if (elem == null) throw cx.error(lbracket, "type '" + bt.name() + "' does not support indexing");
        cx.vectors.requireElements(bt, lbracket);
        Value iv = constValue(idx);
        long len = bt instanceof Type.Array a ? a.length() : bt instanceof Type.Vector v ? v.length()
                : bt instanceof Type.Pointer p && p.size() == Type.PtrSize.ONE && p.child() instanceof Type.Array a2 ? a2.length() : -1;
        if (iv instanceof Value.IntV i && len >= 0) {
            boolean sentinel = sentinelOf(bt) != null;
            if (len == 0 && !sentinel) throw cx.error(lbracket, "indexing into empty array is not allowed");
            long limit = len + (sentinel ? 1 : 0);
            if (i.value().compareTo(BigInteger.valueOf(limit)) >= 0) {
                throw cx.error(indexSpan, "index " + i.value() + " outside array of length " + len + (sentinel ? " +1 (sentinel)" : ""));
            }
        }
        Value bv = constValue(base);
        if (iv instanceof Value.IntV i) {
            // an index past what an int holds is past every comptime-known aggregate
            int k = i.value().signum() >= 0 && i.value().bitLength() < 31 ? i.value().intValue() : Integer.MAX_VALUE;
            byte[] str = bv instanceof Value.StringV s0 ? s0.bytes() : bv instanceof Value.RefV r0 && r0.target() instanceof Value.StringV s1 ? s1.bytes() : null;
            if (str != null && k > str.length) {
                throw cx.error(lbracket, "dereference of '*const " + elem.name() + "' exceeds bounds of containing decl of type '[" + str.length + ":0]u8'");
            }
            if (str != null) {
                // a string, or a pointer to a comptime array written as one (&str for a comptime "abc".*): k is at most its sentinel's index
                return konst(U8, Value.IntV.of(k == str.length ? 0 : str[k] & 0xFF), lbracket);
            }
            if (bv instanceof Value.AggregateV av && k < av.elements().size()) return konst(elem, av.elements().get(k), lbracket);
            if (bv instanceof Value.RefV r && r.target() instanceof Value.AggregateV av && k < av.elements().size()) {
                return konst(elem, av.elements().get(k), lbracket);
            }
            if (bv instanceof Value.CellPtrV cp && cp.pointee() instanceof Type.Array pa && k < pa.length()) {
                return konst(elem, cx.places.load(ComptimePlaces.Place.of(cp).child(k, pa.child())), lbracket);
            }
        }
        if (bt instanceof Type.Array || bt instanceof Type.Vector) markAddressTakenIfPlace(base);
        return new Ir.ElemRef(base, idx, elem, lbracket);
    }

    /** Zig's compile errors for comptime-known slice bounds: an end past the array, a start past the end. */
    private void checkSliceBounds(Ast.SliceOf s, Value sv, Value ev, long len, boolean sentinel) {
        BigInteger hi = ev instanceof Value.IntV ei ? ei.value() : len >= 0 && s.end() == null ? BigInteger.valueOf(len) : null;
        if (ev instanceof Value.IntV ei && len >= 0 && ei.value().compareTo(BigInteger.valueOf(len + (sentinel ? 1 : 0))) > 0) {
            throw cx.error(Checker.mainSpan(s.end()), "end index " + ei.value() + " out of bounds for array of length " + len + (sentinel ? " +1 (sentinel)" : ""));
        }
        if (sv instanceof Value.IntV si && hi != null && si.value().compareTo(hi) > 0) {
            throw cx.error(Checker.mainSpan(s.start()), "start index " + si.value() + " is larger than end index " + hi);
        }
    }

    static void markAddressTakenIfPlace(Ir.Expr e) {
        // arrays are indexed in memory; they always live in stack memory anyway
    }

    Ir.Expr slice(Ast.SliceOf s) {
        Ir.Expr base = expr(s.target(), null);
        Ir.Expr start = exprAs(s.start(), USIZE);
        Ir.Expr end = s.end() != null ? exprAs(s.end(), USIZE) : null;
        Type bt = base.type();
        Type elem = elementType(bt);
        Ir.Expr folded = comptimeSlice(s, base, start, end, elem);
        if (folded != null) return folded;
        boolean isConst;
        if (bt instanceof Type.Array) {
            boolean temporary = !isPlace(base);
            if (temporary) {
                // slicing a temporary array (or a comptime-known constant): give it a home on the
                // stack; what it points to stays const
                base = materialize(base, s.target().span());
            }
            markAddressTaken(base);
            isConst = temporary || !isMutablePlace(base);
        } else if (bt instanceof Type.Pointer p) {
            if (p.size() == Type.PtrSize.ONE && !(p.child() instanceof Type.Array)) {
                throw cx.error(s.lbracket(), "slice of single-item pointer");
            }
            if (p.size() == Type.PtrSize.MANY && end == null) throw cx.error(s.lbracket(), "slice of pointer must include end value");
            isConst = p.isConst();
        } else {
            throw cx.error(s.lbracket(), "slice of non-array type '" + bt.name() + "'");
        }
        Value sentinel = null;
        if (s.sentinel() != null) {
            sentinel = comptimeValue(s.sentinel(), cx.scope, elem);
        } else if (end == null) {
            // s[a..] runs to the end, so it keeps s's sentinel ([:0]const u8 stays [:0]const u8)
            sentinel = sentinelOf(bt);
        }
        // comptime-known bounds on a comptime string
        Value bv = constValue(base);
        if (bv instanceof Value.RefV r && r.target() instanceof Value.StringV str && U8.equals(elem)) bv = str; // &str of a comptime "abc".*
        Value sv = constValue(start);
        Value ev = end == null ? null : constValue(end);
        long len = bt instanceof Type.Array a ? a.length()
                : bt instanceof Type.Pointer p && p.size() == Type.PtrSize.ONE && p.child() instanceof Type.Array a2 ? a2.length() : -1;
        checkSliceBounds(s, sv, ev, len, sentinelOf(bt) != null);
        // a comptime-known length makes a pointer to an array (*[n]T), as in Zig: both bounds known,
        // or the start known and the end that of an array
        long n = -1;
        if (sv instanceof Value.IntV si) {
            if (ev instanceof Value.IntV ei) n = ei.value().longValue() - si.value().longValue();
            else if (end == null && len >= 0) n = len - si.value().longValue();
            // a comptime-known slice of a string has a comptime-known length too
            else if (end == null && bv instanceof Value.StringV str && bt instanceof Type.Pointer bp && bp.size() == Type.PtrSize.SLICE) {
                n = str.bytes().length - si.value().longValue();
            }
        }
        if (s.sentinel() != null && ev instanceof Value.IntV ei) checkKnownSentinel(s, bv, ei.value().longValue(), sentinel);
        if (bv instanceof Value.StringV str && sv instanceof Value.IntV si && (end == null || ev instanceof Value.IntV)) {
            int from = si.value().intValue();
            int to = end == null ? str.bytes().length : ((Value.IntV) ev).value().intValue();
            byte[] part = java.util.Arrays.copyOfRange(str.bytes(), from, to);
            if (n >= 0) return konst(new Type.Pointer(Type.PtrSize.ONE, new Type.Array(part.length, U8, sentinel), true), new Value.StringV(part), s.span());
            return konst(new Type.Pointer(Type.PtrSize.SLICE, U8, true, sentinel, 0), new Value.StringV(part), s.span());
        }
        // comptime-known bounds on a comptime-known array (or a pointer to one), in comptime code: the part,
        // comptime-known too (run-time code keeps the slice of the array's own memory)
        boolean knownBase = cx.comptimeMode && (base instanceof Ir.Const || base instanceof Ir.LocalRef lr && !lr.local().mutable);
        Value.AggregateV agg = !knownBase ? null : bv instanceof Value.AggregateV a && bt instanceof Type.Array ? a
                : bv instanceof Value.RefV r && r.target() instanceof Value.AggregateV a2 && r.targetType() instanceof Type.Array ? a2 : null;
        if (agg != null && sv instanceof Value.IntV si && (end == null || ev instanceof Value.IntV)) {
            int from = si.value().intValue();
            int to = end == null ? agg.elements().size() : ((Value.IntV) ev).value().intValue();
            if (to <= agg.elements().size()) {
                Type.Array part = new Type.Array(to - from, elem, sentinel);
                Value ref = new Value.RefV(new Value.AggregateV(part, List.copyOf(agg.elements().subList(from, to))), part);
                if (n >= 0) return konst(new Type.Pointer(Type.PtrSize.ONE, part, true), ref, s.span());
                return konst(new Type.Pointer(Type.PtrSize.SLICE, elem, true, sentinel, 0), ref, s.span());
            }
        }
        // the slice keeps its pointer's alignment as far as the start's offset allows
        int align = 0;
        if (bt instanceof Type.Pointer bp && bp.alignment() != 0 && sv instanceof Value.IntV si) {
            long off = si.value().longValue() * Layout.sizeOf(elem);
            align = off == 0 ? bp.alignment() : (int) Math.min(bp.alignment(), Long.lowestOneBit(off));
            if (align <= Layout.alignOf(elem)) align = 0;
        }
        Type result = new Type.Pointer(Type.PtrSize.SLICE, elem, isConst, sentinel, align);
        if (n >= 0 && cx.comptimeMode && sv instanceof Value.IntV si0 && Operators.globalAddress(base) instanceof Value.GlobalAddrV ga) {
            Type arrayPtr = new Type.Pointer(Type.PtrSize.ONE, new Type.Array(n, elem, sentinel), isConst);
            return konst(arrayPtr, new Value.GlobalAddrV(ga.global(), ga.offset() + si0.value().longValue() * Layout.sizeOf(elem)), s.span());
        }
        Ir.Expr slice = new Ir.MakeSlice(base, start, end, result, s.lbracket());
        if (n < 0) return slice;
        Type arrayPtr = new Type.Pointer(Type.PtrSize.ONE, new Type.Array(n, elem, sentinel), isConst);
        return new Ir.Convert(Ir.ConvKind.BITCAST, new Ir.SliceField(slice, false, new Type.Pointer(Type.PtrSize.MANY, elem, isConst, sentinel, 0), s.lbracket()),
                arrayPtr, s.lbracket());
    }

    /**
     * {@code a[i..end :s]} over comptime-known elements: the element at {@code end} must be the sentinel, a compile
     * error where it is not (an end at the array's length meets the array's own sentinel, checked elsewhere).
     */
    private void checkKnownSentinel(Ast.SliceOf s, Value base, long end, Value sentinel) {
        Value data = base instanceof Value.RefV r ? r.target() : base;
        Value found = null;
        if (data instanceof Value.StringV str && end >= 0 && end < str.bytes().length) {
            found = Value.IntV.of(str.bytes()[(int) end] & 0xFF);
        } else if (data instanceof Value.AggregateV av && end >= 0 && end < av.elements().size()) {
            found = av.elements().get((int) end);
        }
        if (found != null) sentinelMismatch(s, sentinel, found);
    }

    private void sentinelMismatch(Ast.SliceOf s, Value sentinel, Value found) {
        if (found instanceof Value.UndefV || sentinel.equals(found)) return;
        throw cx.error(s.lbracket(), "value in memory does not match slice sentinel",
                note(s.lbracket(), "expected '" + sentinel.show() + "', found '" + found.show() + "'"));
    }

    /**
     * A slice of comptime-known elements with comptime-known bounds, while running code at compile
     * time or of a comptime-only element type: a comptime value too. The whole of a comptime
     * variable's array stays a pointer into the variable (writes through it reach the variable);
     * a part of it, or of a constant, is a pointer to a constant array of those elements.
     */
    private Ir.Expr comptimeSlice(Ast.SliceOf s, Ir.Expr base, Ir.Expr start, Ir.Expr end, Type elem) {
        if (elem == null) return null;
        Type bt = base.type();
        if (!(bt instanceof Type.Array || bt instanceof Type.Pointer p && p.size() != Type.PtrSize.ONE
                || bt instanceof Type.Pointer p1 && p1.child() instanceof Type.Array)) return null;
        if (!(cx.executing || elem.isComptimeOnly())) return null;
        if (!(constValue(start) instanceof Value.IntV si) || end != null && !(constValue(end) instanceof Value.IntV)) return null;
        Value bv = constValue(base);
        ComptimePlaces.Place place = null;
        boolean isConst = true;
        if (bt instanceof Type.Array && (place = cx.places.resolve(s.target())) != null) {
            isConst = false;
        } else if (bv instanceof Value.CellPtrV cp && cp.pointee() instanceof Type.Array) {
            place = ComptimePlaces.Place.of(cp);
            isConst = bt instanceof Type.Pointer bp && bp.isConst();
        } else if (bt instanceof Type.Pointer bp) {
            isConst = bp.isConst();
        }
        List<Value> elems;
        if (place != null) {
            elems = cx.comptime.elementsOf(cx.places.load(place), place.type());
        } else if (bv instanceof Value.AggregateV || bv instanceof Value.RefV r && r.target() instanceof Value.AggregateV
                || bv instanceof Value.UndefV && bt instanceof Type.Array) {
            elems = cx.comptime.elementsOf(bv, bt);
        } else {
            return null;
        }
        checkSliceBounds(s, si, end == null ? null : constValue(end), elems.size(), false);
        long from = si.value().longValue();
        long to = end == null ? elems.size() : ((Value.IntV) constValue(end)).value().longValue();
        Value sentinel = s.sentinel() != null ? comptimeValue(s.sentinel(), cx.scope, elem) : null;
        if (sentinel != null && to < elems.size()) sentinelMismatch(s, sentinel, elems.get((int) to));
        if (sentinel != null && to >= elems.size()) return null;
        if (sentinel == null && end == null) sentinel = sentinelOf(bt); // a part to the end keeps the sentinel
        Type.Array part = new Type.Array(to - from, elem, sentinel);
        // a part of a comptime variable's array stays in the variable (writes through it reach it)
        Value v = place != null && place.type() instanceof Type.Array && sentinel == null
                ? (from == 0 && to == elems.size() ? place.pointer() : place.window(from, part).pointer())
                : new Value.RefV(new Value.AggregateV(part, elems.subList((int) from, (int) to)), part);
        return konst(new Type.Pointer(Type.PtrSize.ONE, part, isConst), v, s.span());
    }

    Ir.Expr deref(Ast.Deref d) {
        Ir.Expr p = expr(d.target(), null);
        if (!(p.type() instanceof Type.Pointer pt) || pt.size() == Type.PtrSize.SLICE) {
            throw cx.error(d.opSpan(), "cannot dereference non-pointer type '" + p.type().name() + "'");
        }
        if (pt.size() != Type.PtrSize.ONE && pt.size() != Type.PtrSize.C) {
            throw cx.error(d.opSpan(), "index syntax required for unknown-length pointer type '" + pt.name() + "'");
        }
        return derefValue(p, pt.child(), d.opSpan());
    }

    Ir.Expr unwrapOptional(Ast.UnwrapOpt u) {
        Ir.Expr o = expr(u.target(), null);
        if (!(o.type() instanceof Type.Optional ot)) {
            throw cx.error(u.opSpan(), "expected optional type, found '" + o.type().name() + "'");
        }
        Value cv = constValue(o);
        if (cv instanceof Value.OptionalV ov) return konst(ot.child(), ov.payload(), u.span());
        if (cv instanceof Value.NullV) throw cx.error(u.opSpan(), "unable to unwrap null");
        return new Ir.UnwrapOpt(o, ot.child(), u.opSpan());
    }

    // ------------------------------------------------------------------ temporaries
    Ir.Expr materialize(Ir.Expr value, Span span) {
        if (cx.fn == null) throw cx.error(span, "unable to resolve comptime value");
        Ir.Local tmp = cx.fn.newLocal("tmp", value.type(), true, false, true, span);
        tmp.addressTaken = true;
        var label = new Ir.Label(null, false);
        Type ptr = new Type.Pointer(Type.PtrSize.ONE, value.type(), false);
        label.resultType = ptr;
        var ref = new Ir.LocalRef(tmp, span);
        List<Ir.Node> body = List.of(new Ir.VarDecl(tmp, value, span),
                new Ir.ExprStmt(new Ir.Break(label, new Ir.AddrOf(ref, ptr, span), span), span));
        return new Ir.Deref(new Ir.Block(body, label, ptr, span), value.type(), span);
    }
}
