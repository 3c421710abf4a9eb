package org.heaplab.lang.check;

import static org.heaplab.lang.check.Checker.note;
import static org.heaplab.lang.check.TypeRules.*;
import static org.heaplab.lang.check.Consts.*;

import java.util.ArrayList;
import java.util.List;
import org.heaplab.diag.Diagnostic;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.ErrorSetType;
import org.heaplab.lang.types.FnRef;
import org.heaplab.lang.types.Namespace;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Value;
import org.heaplab.source.Span;

/** Calls: arguments checked against the signature, methods and their receivers, generics instantiated. */
final class Calls {
    private final Checker cx;

    Calls(Checker cx) {
        this.cx = cx;
    }

    // ------------------------------------------------------------------ calls
    Ir.Expr call(Ast.Call c, Type expected) {
        if (c.callee() instanceof Ast.EnumLit lit) {
            // a decl literal called: `.init(a)` where a T is expected is `T.init(a)`
            Type t = expected;
            if (t instanceof Type.ErrorUnion eu) t = eu.payload();
            if (t instanceof Type.Optional o) t = o.child();
            if (t instanceof Type.Pointer p && p.size() == Type.PtrSize.ONE) t = p.child();
            if (t instanceof StructType || t instanceof UnionType || t instanceof EnumType) {
                Ir.Expr member = cx.exprs.memberOfType(t, lit.name(), lit.span());
                return callValue(member, c, null, expected);
            }
            throw cx.error(lit.span(), "call of a decl literal '." + lit.name() + "' needs a known result type");
        }
        if (c.callee() instanceof Ast.Field f) {
            Ir.Expr target = cx.exprs.exprAsRef(f.target(), null);
            Value tv = constValue(target);
            if (tv instanceof Value.TypeV t) {
                Ir.Expr member = cx.exprs.memberOfType(t.type(), f.name(), f.nameSpan(), Expressions.dotOf(f.nameSpan()));
                return callValue(member, c, null, expected);
            }
            Type tt = target.type();
            Type base = tt instanceof Type.Pointer p && p.size() == Type.PtrSize.ONE ? p.child() : tt;
            if (base instanceof StructType st) {
                cx.sema.containers.resolveFields(st);
                if (st.fieldIndex(f.name()) >= 0) return callValue(cx.exprs.fieldOf(target, f.name(), f.nameSpan(), f.span()), c, null, expected);
            }
            Namespace ns = base instanceof StructType st2 ? st2.namespace() : base instanceof UnionType ut ? ut.namespace()
                    : base instanceof EnumType et ? et.namespace() : null;
            Namespace.Decl d = ns != null ? ns.get(f.name()) : null;
            if (d != null) {
                Ir.Expr member = cx.exprs.declRef(ns, d, f.nameSpan());
                if (constValue(member) instanceof Value.FnV fv) return callFn(fv.fn(), c, target, expected);
            }
            String kind = base instanceof StructType ? "struct" : base instanceof UnionType ? "union" : base instanceof EnumType ? "enum" : "type";
            if (base instanceof StructType || base instanceof UnionType || base instanceof EnumType) {
                String unsupported = StdNames.unsupported(base, f.name());
                if (unsupported != null) throw cx.error(Expressions.dotOf(f.nameSpan()), unsupported);
                throw cx.error(Expressions.dotOf(f.nameSpan()), "no field or member function named '" + f.name() + "' in '" + base.name() + "'", cx.exprs.declaredHere(base));
            }
            if (base instanceof Type.Pointer p && p.isSlice() && (f.name().equals("len") || f.name().equals("ptr"))) {
                throw cx.error(c.lparen(), "type '" + cx.exprs.fieldOf(target, f.name(), f.nameSpan(), f.span()).type().name() + "' not a function");
            }
            throw cx.error(Expressions.dotOf(f.nameSpan()), "no field or member function named '" + f.name() + "' in '" + tt.name() + "'");
        }
        Ir.Expr fnExpr = cx.exprs.expr(c.callee(), null);
        return callValue(fnExpr, c, null, expected);
    }

    Ir.Expr callValue(Ir.Expr fnExpr, Ast.Call c, Ir.Expr self, Type expected) {
        Value v = constValue(fnExpr);
        if (v instanceof Value.FnV fv) return callFn(fv.fn(), c, self, expected);
        Type t = fnExpr.type();
        if (t instanceof Type.Pointer p && p.child() instanceof Type.Fn ft) {
            if (c.args().size() != ft.params().size()) {
                throw cx.error(Checker.mainSpan(c.callee()), "expected " + ft.params().size() + " argument(s), found " + c.args().size());
            }
            List<Ir.Expr> args = new ArrayList<>();
            for (int i = 0; i < c.args().size(); i++) args.add(cx.exprs.exprAs(c.args().get(i), ft.params().get(i)));
            return new Ir.CallPtr(fnExpr, ft, args, ft.returnType(), c.lparen(), c.span());
        }
        throw cx.error(c.span(), "type '" + t.name() + "' not a function");
    }

    /** A call of a known function: arguments checked against the signature, generics instantiated. */
    /**
     * Where Zig declares the comptime format parameter of the std functions Heap Lab implements
     * natively (their extern declarations are not Zig's lines): for "declared comptime here".
     */
    private static final java.util.Map<String, String> NATIVE_PARAMS = java.util.Map.of(
            "debug.print", "debug.zig:94:23", "debug.panic", "debug.zig:422:23",
            "fmt.bufPrint", "fmt.zig:1788:37", "fmt.count", "fmt.zig:1803:23");

    Ir.Expr callFn(FnRef ref, Ast.Call c, Ir.Expr self, Type expected) {
        Ast.FnDecl decl = ref.decl();
        if (!c.span().file().isLibrary()) cx.sema.lastUserSite = c.span();
        List<Ast.Param> params = decl.params();
        int given = c.args().size() + (self != null ? 1 : 0);
        if (given != params.size()) {
            String prefix = self != null ? "member function " : "";
            int exp = params.size() - (self != null ? 1 : 0);
            throw cx.error(Checker.mainSpan(c.callee()), prefix + "expected " + exp + " argument(s), found " + c.args().size(),
                    note(fnKeyword(decl), "function declared here"));
        }
        var sig = new Scope(new Scope(Scope.of(ref.namespace()), ref.namespace()), null);
        var sigChecker = new Checker(cx.sema, null, sig);
        List<Value> comptimeArgs = new ArrayList<>();
        List<Type> anyTypes = new ArrayList<>();
        List<Ir.Expr> runtimeArgs = new ArrayList<>();
        List<Value> allValues = new ArrayList<>();
        List<Type> argTypes = new ArrayList<>(); // an anytype parameter's type, else null
        boolean allKnown = true;
        for (int i = 0; i < params.size(); i++) {
            Ast.Param p = params.get(i);
            boolean isSelf = self != null && i == 0;
            Ast.Expr argAst = isSelf ? null : c.args().get(i - (self != null ? 1 : 0));
            Span argSpan = isSelf ? c.callee().span() : argAst.span();
            if (p.isAnytype()) {
                // a method's anytype receiver is passed by pointer when it is a variable (b.m() with var b: *B)
                Ir.Expr arg = isSelf ? anytypeReceiver(self, c) : cx.exprs.expr(argAst, null);
                Value av = constValue(arg);
                Type at = arg.type();
                if (av == null) av = comptimeFieldsValue(at);
                if (at instanceof Type.ComptimeInt || at instanceof Type.ComptimeFloat || at instanceof Type.EnumLiteral
                        || at instanceof Type.Null || at.isComptimeOnly() || p.isComptime() || decl.isInline() && inlineKnown(av)) {
                    if (av == null) throw cx.error(argSpan, "unable to resolve comptime value");
                    comptimeArgs.add(av);
                } else {
                    comptimeArgs.add(null);
                    runtimeArgs.add(arg);
                }
                anyTypes.add(at);
                argTypes.add(at);
                allValues.add(av);
                if (av == null) allKnown = false;
                if (p.name() != null) sig.bind(p.name(), signatureBinding(p, at, av, argSpan));
                continue;
            }
            argTypes.add(null);
            Type pt = sigChecker.types.resolveType(p.type(), sig);
            Ir.Expr arg = isSelf ? selfArgument(self, pt, c, p)
                    : cx.coercions.coerce(cx.exprs.expr(argAst, pt), pt, argAst.span(), note(p.type().span(), "parameter type declared here"));
            Value av = constValue(arg);
            if (p.isComptime() || pt instanceof Type.TypeType || pt.isComptimeOnly() || decl.isInline() && inlineKnown(av)) {
                if (av == null) {
                    if (p.isComptime() && p.nameSpan() != null) {
                        throw cx.error(argSpan, "runtime-known argument passed to comptime parameter",
                                new org.heaplab.diag.Diagnostic.Note(p.nameSpan(), "declared comptime here", NATIVE_PARAMS.get(ref.qualifiedName())));
                    }
                    throw cx.error(argSpan, "unable to resolve comptime value", note(argSpan, "argument to comptime parameter must be comptime-known"));
                }
                comptimeArgs.add(av);
                boolean comptimeParam = p.isComptime() || pt instanceof Type.TypeType || pt.isComptimeOnly();
                // an inline function's signature is resolved before inlining: there the parameter is a run-time value
                if (p.name() != null) sig.bind(p.name(), comptimeParam ? new Scope.Comptime(pt, av) : signatureBinding(p, pt, null, argSpan));
            } else {
                comptimeArgs.add(null);
                runtimeArgs.add(arg);
                if (p.name() != null) sig.bind(p.name(), signatureBinding(p, pt, av, argSpan));
            }
            allValues.add(av);
            if (av == null) allKnown = false;
        }
        Type ret = cx.sema.instances.signaturePart(decl, c.span(), () -> sigChecker.types.resolveType(decl.returnType(), sig));
        // a struct's fields say whether it is comptime-only (comptime_int fields): know them first
        if (ret instanceof StructType rs && !rs.fieldsResolved() && rs.fieldState == Namespace.State.UNRESOLVED) cx.sema.containers.resolveFields(rs);
        boolean comptimeResult = ret.isComptimeOnly() || ret instanceof Type.TypeType;
        boolean comptimeNative = decl.isExtern() && Comptime.runsAtComptime(ref);
        if (comptimeNative && !allKnown) {
            // a tuple whose fields are all comptime (.{ "v", 42 }) is known from its type
            boolean known = true;
            int k = 0;
            for (int i = 0; i < params.size(); i++) {
                if (self != null && i == 0) continue;
                boolean any = params.get(i).isAnytype();
                Type at = any && k < anyTypes.size() ? anyTypes.get(k++) : null;
                if (allValues.get(i) != null) continue;
                if (!(at instanceof StructType st) || !st.fields().stream().allMatch(StructType.Field::isComptime)) known = false;
            }
            allKnown = known;
        }
        if (comptimeResult || (cx.comptimeMode && (cx.fn == null || allKnown) && (!decl.isExtern() || comptimeNative))) {
            if (!allKnown) {
                if (comptimeResult) throw cx.error(c.span(), "unable to resolve comptime value");
                throw cx.error(c.span(), "unable to evaluate comptime expression");
            }
            if (decl.isExtern()) return cx.comptime.comptimeNative(ref, allValues, anyTypes, ret, c);
            Type rt = ret;
            if (decl.inferredErrorSet()) rt = new Type.ErrorUnion(ErrorSetType.ANYERROR, ret);
            // the body may return an error of the inferred set as well as a payload
            Value result = cx.comptime.callComptime(ref, allValues, anyTypes, rt instanceof Type.ErrorUnion ? rt : ret, c.lparen());
            return konst(rt, result, c.span());
        }
        if (cx.fn == null) throw cx.error(c.span(), "unable to evaluate comptime expression");
        if (decl.isInline() && allKnown && !decl.isExtern() && !refersToMutable(allValues)) {
            // an inline call is analysed at its call site, so with comptime-known arguments its
            // result is comptime-known when its body only computes (Type.Pointer.sentinel());
            // a body that does run-time work is called as usual
            int before = cx.sema.diagnostics.size();
            try {
                Value result = cx.comptime.callComptime(ref, allValues, anyTypes, ret, c.lparen());
                if (result instanceof Value.UndefV) throw new Sema.SemaError();
                Type rt = decl.inferredErrorSet() ? new Type.ErrorUnion(ErrorSetType.ANYERROR, ret) : ret;
                return konst(rt, result, c.span());
            } catch (Sema.SemaError notComptime) {
                // falls through to a run-time call, which reports what is really wrong
                cx.sema.diagnostics.subList(before, cx.sema.diagnostics.size()).clear();
            }
        }
        Ir.Function inst = cx.sema.instances.instantiate(ref, comptimeArgs, anyTypes, c.span());
        return new Ir.Call(inst, runtimeArgs, inst.returnType, c.lparen(), c.span());
    }

    /** Whether an argument is (or holds) the address of something a run-time store could change. */
    private static boolean refersToMutable(List<Value> values) {
        for (Value v : values) {
            boolean mutable = switch (v) {
                case Value.GlobalAddrV g -> g.global().mutable;
                case Value.CellPtrV c -> true;
                case Value.AddressV a -> true;
                case Value.RefV r -> refersToMutable(List.of(r.target()));
                case Value.AggregateV a -> refersToMutable(a.elements());
                case Value.UnionV u -> refersToMutable(List.of(u.payload()));
                case Value.OptionalV o -> refersToMutable(List.of(o.payload()));
                case null, default -> false;
            };
            if (mutable) return true;
        }
        return false;
    }

    /** A struct whose fields are all comptime fields has one value, known from its type (a tuple {@code .{42}}); else null. */
    private Value comptimeFieldsValue(Type t) {
        if (!(t instanceof StructType st)) return null;
        cx.sema.containers.resolveFields(st);
        List<Value> vals = new ArrayList<>();
        for (StructType.Field f : st.fields()) {
            if (!f.isComptime() || f.defaultValue() == null) return null;
            vals.add(f.defaultValue());
        }
        return new Value.AggregateV(st, vals);
    }

    /**
     * What a parameter name means in the signature of a call being checked: its value when known;
     * otherwise a stand-in local of its type, so that a return type may ask {@code @TypeOf(&self.buf)}.
     */
    private static Scope.Binding signatureBinding(Ast.Param p, Type t, Value v, Span at) {
        if (v != null) return new Scope.Comptime(t, v);
        return new Scope.Runtime(new Ir.Local(p.name(), t, false, true, true, at));
    }

    /** The receiver of {@code x.m()} for {@code m(self: anytype)}: a pointer to x when x is a variable. */
    private Ir.Expr anytypeReceiver(Ir.Expr target, Ast.Call c) {
        if (target.type() instanceof Type.Pointer) return target;
        Ir.Expr cell = comptimeVarAddress(c, target.type());
        if (cell != null) return cell;
        if (!isPlace(target)) return target;
        cx.rejectPackedFieldAddress(target, c.callee().span());
        markAddressTaken(target);
        return new Ir.AddrOf(target, new Type.Pointer(Type.PtrSize.ONE, target.type(), !isMutablePlace(target)), c.callee().span());
    }

    /** For {@code x.method()} with x in a comptime variable: a pointer to it there (the method may change it), else null. */
    private Ir.Expr comptimeVarAddress(Ast.Call c, Type t) {
        if (!(c.callee() instanceof Ast.Field f)) return null;
        ComptimePlaces.Place place = cx.places.resolve(f.target());
        if (place == null || !sameType(place.type(), t)) return null;
        return konst(new Type.Pointer(Type.PtrSize.ONE, t, false), place.pointer(), f.target().span());
    }

    /** The receiver of {@code x.method()}: x itself, its address, or what it points to, as the first parameter needs. */
    /** Where Zig says a function is declared: its prototype, from the `fn` keyword (after `pub`, `inline`...). */
    static Span fnKeyword(Ast.FnDecl decl) {
        Span s = decl.span();
        String text = s.file().text();
        for (int i = s.start(); i + 2 <= s.end(); i++) {
            if (text.startsWith("fn", i) && (i + 2 == text.length() || !Character.isJavaIdentifierPart(text.charAt(i + 2)))
                    && (i == 0 || !Character.isJavaIdentifierPart(text.charAt(i - 1)))) {
                return new Span(s.file(), i, s.end());
            }
        }
        return s;
    }

    /**
     * An inline function's parameter is comptime-known where its argument is (Zig); the lab makes it so
     * for the plain values a body may need at compile time: a tag given where a tagged union is
     * expected (expectEqual(Tok.plus, tok)), a number, a bool, an error.
     */
    private static boolean inlineKnown(Value v) {
        return v instanceof Value.EnumV || v instanceof Value.IntV || v instanceof Value.BoolV || v instanceof Value.ErrorV;
    }

    Ir.Expr selfArgument(Ir.Expr target, Type paramType, Ast.Call c, Ast.Param param) {
        Type tt = target.type();
        Span span = c.callee().span();
        // Zig reports a receiver that does not fit at the '.' of x.method, and says where the parameter's type is
        Span dot = c.callee() instanceof Ast.Field f ? new Span(f.nameSpan().file(), f.nameSpan().start() - 1, f.nameSpan().start()) : span;
        Diagnostic.Note declared = note(param.type().span(), "parameter type declared here");
        if (cx.executing && paramType instanceof Type.Pointer pp && pp.size() == Type.PtrSize.ONE && !(tt instanceof Type.Pointer)
                && c.callee() instanceof Ast.Field f) {
            // running at compile time: a method of a comptime variable gets a pointer into it (p.next() on `var p`)
            ComptimePlaces.Place place = cx.places.resolve(f.target());
            if (place != null && sameType(place.type(), pp.child())) return konst(paramType, place.pointer(), span);
        }
        if (paramType instanceof Type.Pointer pp && pp.size() == Type.PtrSize.ONE && !(tt instanceof Type.Pointer)) {
            Ir.Expr cell = comptimeVarAddress(c, tt);
            if (cell != null) return cx.coercions.coerce(cell, paramType, dot, declared);
            if (cx.comptimeMode && Operators.globalAddress(target) instanceof Value.GlobalAddrV ga) {
                // a method of a container-level variable called at compile time gets its comptime-known
                // address (`const failing_allocator = failing_allocator_instance.allocator();`)
                Ir.Expr addr = konst(new Type.Pointer(Type.PtrSize.ONE, tt, !ga.global().mutable), ga, span);
                return cx.coercions.coerce(addr, paramType, dot, declared);
            }
            if (!isPlace(target)) target = cx.exprs.materialize(target, span);
            cx.rejectPackedFieldAddress(target, span);
            markAddressTaken(target);
            Ir.Expr addr = new Ir.AddrOf(target, new Type.Pointer(Type.PtrSize.ONE, tt, !isMutablePlace(target)), span);
            return cx.coercions.coerce(addr, paramType, dot, declared);
        }
        if (!(paramType instanceof Type.Pointer) && tt instanceof Type.Pointer p && p.size() == Type.PtrSize.ONE) {
            return cx.coercions.coerce(cx.exprs.derefValue(target, p.child(), span), paramType, span);
        }
        return cx.coercions.coerce(target, paramType, span);
    }
}
