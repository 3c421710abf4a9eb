package org.heaplab.lang.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.ErrorSetType;
import org.heaplab.lang.types.FnRef;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Value;
import org.heaplab.source.Span;

/**
 * Generic instantiation: one function instance per set of comptime arguments (bodies checked later,
 * in order), memoized type functions such as {@code ArrayList(i32)}, function values, and the
 * keys that identify comptime values.
 */
final class Instances {
    private final Sema sema;

    Instances(Sema sema) {
        this.sema = sema;
    }

    /** Function instances by declaration, namespace and comptime arguments. */
    final Map<String, Ir.Function> byKey = new HashMap<>();

    final Map<String, Value> comptimeCalls = new HashMap<>();

    final Deque<Ir.Function> pendingBodies = new ArrayDeque<>();

    final Map<Ir.Function, Pending> pending = new HashMap<>();

    final Map<FnRef, Type.Fn> fnTypes = new HashMap<>();

    final Map<FnRef, Ir.Function> functionValues = new HashMap<>();

    /** Functions whose signature is being resolved: naming one of them again is a dependency loop. */
    final java.util.Set<Ast.FnDecl> resolvingSignatures = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** Where Zig points for a function declaration: its {@code fn} keyword. */
    static Span fnKeyword(Ast.FnDecl decl) {
        String text = decl.span().text();
        int i = text.indexOf("fn");
        int at = decl.span().start() + Math.max(0, i);
        return new Span(decl.span().file(), at, at + 2);
    }

    /** Resolves a part of a function's signature, reporting Zig's dependency loop if it needs itself. */
    <T> T signaturePart(Ast.FnDecl decl, Span at, java.util.function.Supplier<T> resolve) {
        if (!resolvingSignatures.add(decl)) throw sema.error(fnKeyword(decl), "dependency loop detected");
        try {
            return resolve.get();
        } finally {
            resolvingSignatures.remove(decl);
        }
    }

    record Pending(Ast.FnDecl decl, Scope scope) {}

    /** Checks bodies of instantiated functions until none is left. */
    void drain() {
        while (!pendingBodies.isEmpty()) {
            Ir.Function f = pendingBodies.removeFirst();
            checkNow(f);
        }
    }

    /** Checks a pending body now (a switch on its inferred error set needs every error it returns). */
    void checkNow(Ir.Function f) {
        Pending p = pending.remove(f);
        if (p == null) return;
        boolean ok = false;
        try {
            sema.inUnit(() -> {
                new Checker(sema, f, p.scope()).stmts.checkBody(p.decl());
                return null;
            });
            ok = true;
        } catch (Sema.SemaError e) {
            // the first error of this body was reported; other bodies are still checked
        }
        if (ok && f.returnType instanceof Type.ErrorUnion eu && eu.errorSet().isInferred()) eu.errorSet().markResolved();
    }

    // ------------------------------------------------------------------ functions

    /**
     * The instance of a function for the given comptime arguments (null entries for runtime
     * parameters) and the types of its anytype arguments. Bodies are checked later, in order.
     */
    Ir.Function instantiate(FnRef ref, List<Value> comptimeArgs, List<Type> anyTypes, Span callSite) {
        Ast.FnDecl decl = ref.decl();
        String key = instanceKey(ref, comptimeArgs, anyTypes);
        Ir.Function existing = byKey.get(key);
        if (existing != null) return existing;

        String name = decl.name();
        var f = new Ir.Function(name, ref, ref.namespace().file(), decl.span());
        f.isInline = decl.isInline();
        var scope = new Scope(Scope.of(ref.namespace()), ref.namespace());
        scope = new Scope(scope, null);
        var checker = new Checker(sema, f, scope);
        int anyIndex = 0;
        List<Ir.Local> inlineKnown = new ArrayList<>();
        for (int i = 0; i < decl.params().size(); i++) {
            Ast.Param p = decl.params().get(i);
            Value cv = i < comptimeArgs.size() ? comptimeArgs.get(i) : null;
            if (p.isComptime()) {
                Type t = p.isAnytype() ? (cv instanceof Value.TypeV ? new Type.TypeType() : anyTypes.get(anyIndex++))
                        : checker.types.resolveType(p.type(), scope);
                if (p.name() != null) scope.bind(p.name(), new Scope.Comptime(t, cv));
                f.comptimeArgs.add(cv);
                f.allParamTypes.add(t);
                f.paramIsComptime.add(true);
            } else {
                Type t = p.isAnytype() ? anyTypes.get(anyIndex++) : checker.types.resolveType(p.type(), scope);
                if (t.isComptimeOnly() && !(t instanceof Type.TypeType)) {
                    // a comptime-only argument to an anytype parameter is passed at compile time
                    if (p.name() != null) scope.bind(p.name(), new Scope.Comptime(t, cv));
                    f.comptimeArgs.add(cv);
                    f.allParamTypes.add(t);
                    f.paramIsComptime.add(true);
                    continue;
                }
                // TypeType, or an inline function's parameter given a comptime-known value (Calls.inlineKnown)
                if (t instanceof Type.TypeType || decl.isInline() && cv != null) {
                    if (p.name() != null) scope.bind(p.name(), new Scope.Comptime(t, cv));
                    if (!(t instanceof Type.TypeType) && p.name() != null) inlineKnown.add(new Ir.Local(p.name(), t, false, true, false, p.span()));
                    f.comptimeArgs.add(cv);
                    f.allParamTypes.add(t);
                    f.paramIsComptime.add(true);
                    continue;
                }
                Ir.Local l = f.newLocal(p.name() != null ? p.name() : "_", t, false, true, false, p.nameSpan() != null ? p.nameSpan() : p.span());
                if (p.name() != null && !p.name().equals("_")) scope.bind(p.name(), new Scope.Runtime(l));
                f.comptimeArgs.add(null);
                f.allParamTypes.add(t);
                f.paramIsComptime.add(false);
            }
        }
        // the return type is resolved before the call is inlined: there those parameters are run-time values
        Scope sigScope = scope;
        if (!inlineKnown.isEmpty()) {
            sigScope = new Scope(scope, null);
            for (Ir.Local l : inlineKnown) sigScope.bind(l.name, new Scope.Runtime(l));
        }
        final Scope retScope = sigScope;
        Type ret = signaturePart(decl, callSite, () -> checker.types.resolveType(decl.returnType(), retScope));
        if (decl.inferredErrorSet()) {
            ErrorSetType ies = ErrorSetType.inferred(ref.namespace().qualifiedName() + "." + name);
            ies.resolveWith(() -> checkNow(f));
            ret = new Type.ErrorUnion(ies, ret);
        }
        f.returnType = ret;
        f.index = sema.functions.size();
        sema.functions.add(f);
        byKey.put(key, f);
        if (decl.isExtern() || decl.body() == null) {
            if (!ref.isLibrary()) throw sema.error(decl.span(), "Heap Lab does not support extern functions");
            f.nativeName = ref.qualifiedName();
            if (FormatCheck.isFormatting(f.nativeName)) checkFormat(f, callSite);
        } else {
            pending.put(f, new Pending(decl, scope));
            pendingBodies.addLast(f);
        }
        return f;
    }

    void checkFormat(Ir.Function f, Span callSite) {
        if (f.nativeName.equals("fmt.hlFormatValue")) {
            // formatType(value, comptime fmt, ...): one value, no format string to parse
            try {
                if (f.comptimeArgs.get(1) instanceof Value.StringV s) FormatCheck.checkValue(s.bytes(), f.allParamTypes.get(0), new FormatMethods(sema, f, callSite));
            } catch (FormatCheck.Problem p) {
                Span at = sema.lastUserSite != null ? sema.lastUserSite : callSite != null ? callSite : Span.at(sema.root, 0);
                sema.stdError(at, p.location, p.getMessage(), p.notes(at));
            }
            return;
        }
        byte[] fmt = null;
        for (Value v : f.comptimeArgs) if (v instanceof Value.StringV s) fmt = s.bytes();
        Type args = f.allParamTypes.get(f.allParamTypes.size() - 1);
        if (fmt == null) return;
        try {
            f.formatSpec = FormatCheck.check(fmt, args, new FormatMethods(sema, f, callSite));
        } catch (FormatCheck.Problem p) {
            // the error is in the instantiated std function, so the caller's analysis goes on (as in Zig)
            Span at = sema.lastUserSite != null ? sema.lastUserSite : callSite != null ? callSite : Span.at(sema.root, 0);
            sema.stdError(at, p.location, p.getMessage(), p.notes(at));
        }
    }

    String instanceKey(FnRef ref, List<Value> comptimeArgs, List<Type> anyTypes) {
        var sb = new StringBuilder();
        sb.append(id(ref.decl())).append('/').append(id(ref.namespace())).append('|');
        for (Value v : comptimeArgs) sb.append(v == null ? "_" : valueKey(v)).append(',');
        sb.append('|');
        for (Type t : anyTypes) sb.append(typeKey(t)).append(',');
        return sb.toString();
    }

    /** Serial numbers that identify objects in memoization keys (identity hash codes can collide). */
    final Map<Object, Integer> ids = new java.util.IdentityHashMap<>();

    int id(Object o) {
        Integer known = ids.get(o);
        if (known != null) return known;
        ids.put(o, ids.size() + 1);
        return ids.size();
    }

    /** A key that identifies a comptime value for memoizing instances and type functions. */
    String valueKey(Value v) {
        return switch (v) {
            case Value.TypeV t -> "T" + typeKey(t.type());
            case Value.AggregateV a -> {
                var sb = new StringBuilder("A" + typeKey(a.type()) + "{");
                for (Value e : a.elements()) sb.append(e == null ? "null" : valueKey(e)).append(';');
                yield sb.append('}').toString();
            }
            case Value.StringV s -> "S" + java.util.Arrays.hashCode(s.bytes()) + ":" + new String(s.bytes(), StandardCharsets.UTF_8);
            case Value.FnV f -> "F" + id(f.fn().decl()) + "/" + id(f.fn().namespace());
            case Value.RefV r -> "R" + System.identityHashCode(r);
            case Value.EnumV e -> "E" + typeKey(e.type()) + e.index();
            default -> v.getClass().getSimpleName() + v.show();
        };
    }

    String typeKey(Type t) {
        return switch (t) {
            case StructType s -> "s" + id(s);
            case EnumType e -> "e" + id(e);
            case UnionType u -> "u" + id(u);
            case ErrorSetType e -> e.isAnyError() ? "anyerror" : "E" + id(e);
            case Type.Pointer p -> "p" + p.size() + p.isConst() + (p.sentinel() == null ? "" : valueKey(p.sentinel())) + "a" + p.alignment()
                    + "(" + typeKey(p.child()) + ")";
            case Type.Array a -> "a" + a.length() + (a.sentinel() == null ? "" : valueKey(a.sentinel())) + "(" + typeKey(a.child()) + ")";
            case Type.Optional o -> "o(" + typeKey(o.child()) + ")";
            case Type.ErrorUnion eu -> "x(" + typeKey(eu.errorSet()) + "," + typeKey(eu.payload()) + ")";
            case Type.Fn f -> {
                var sb = new StringBuilder("f(");
                for (Type p : f.params()) sb.append(typeKey(p)).append(',');
                yield sb.append(")").append(typeKey(f.returnType())).toString();
            }
            default -> t.name();
        };
    }

    /** The instance a function used as a value (a pointer in a vtable) refers to. */
    void functionValue(FnRef ref, Span site) {
        if (functionValues.containsKey(ref)) return;
        for (Ast.Param p : ref.decl().params()) {
            if (p.isComptime() || p.isAnytype()) throw sema.error(site != null ? site : ref.decl().span(), "unable to take the address of a generic function");
        }
        Ir.Function f = instantiate(ref, List.of(), List.of(), site);
        // a parameter of a comptime-only type (*comptime_int) makes the function generic, as in Zig
        for (Type t : f.allParamTypes) {
            if (t.isComptimeOnly()) throw sema.error(site != null ? site : ref.decl().span(), "unable to take the address of a generic function");
        }
        functionValues.put(ref, f);
    }

    /** Memo of comptime function calls (type functions like {@code ArrayList(i32)}). */
    Value memoComptimeCall(FnRef ref, List<Value> args, java.util.function.Supplier<Value> compute, Span site) {
        var sb = new StringBuilder();
        sb.append(id(ref.decl())).append('/').append(id(ref.namespace())).append('|');
        for (Value v : args) sb.append(v == null ? "_" : valueKey(v)).append(',');
        String key = sb.toString();
        if (comptimeCalls.containsKey(key)) {
            Value v = comptimeCalls.get(key);
            if (v == null) {
                // the call is already running with these arguments: it would recurse until Zig's branch quota runs out
                throw sema.error(site, "evaluation exceeded 1000 backwards branches",
                        Checker.note(site, "use @setEvalBranchQuota() to raise the branch limit from 1000"));
            }
            return v;
        }
        comptimeCalls.put(key, null);
        Value v;
        try {
            v = compute.get();
        } catch (RuntimeException failed) {
            // a failed call is not remembered: the next one reports its own error
            comptimeCalls.remove(key);
            throw failed;
        }
        comptimeCalls.put(key, v);
        return v;
    }

    /** The qualified type name Zig gives a type returned by a generic, e.g. {@code main.Stack(i32)}. */
    static String genericName(FnRef ref, List<Value> args, List<Type> paramTypes) {
        var sb = new StringBuilder(ref.qualifiedName()).append('(');
        boolean first = true;
        for (int i = 0; i < args.size(); i++) {
            Value v = args.get(i);
            if (v == null) continue;
            if (!first) sb.append(',');
            first = false;
            Type pt = i < paramTypes.size() ? paramTypes.get(i) : null;
            sb.append(v instanceof Value.TypeV t ? t.type().name() : argName(v, pt));
        }
        return sb.append(')').toString();
    }

    /**
     * A value argument in a generic type's name. Passed to a slice parameter it is the slice of its array, which
     * Zig names by the array and the range: {@code "buf"[0..3]}, {@code &.{ 1, 2 }[0..2]}, {@code &.{}[0..0]}.
     */
    private static String argName(Value v, Type paramType) {
        if (!(paramType instanceof Type.Pointer p && p.isSlice())) return v.show();
        Value data = v instanceof Value.RefV r ? r.target() : v;
        int len = data instanceof Value.StringV str ? str.bytes().length
                : data instanceof Value.AggregateV av ? av.elements().size() : -1;
        if (len < 0) return v.show();
        return (len == 0 ? "&.{}" : v.show()) + "[0.." + len + "]";
    }
}
