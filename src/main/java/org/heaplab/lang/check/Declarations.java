package org.heaplab.lang.check;

import org.heaplab.diag.Diagnostic;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.FnRef;
import org.heaplab.lang.types.GlobalVar;
import org.heaplab.lang.types.Namespace;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;
import org.heaplab.source.SourceFile;
import org.heaplab.source.Span;

/** Container-level declarations, analysed when first named (as Zig does): constants, globals and functions. */
final class Declarations {
    private final Sema sema;

    Declarations(Sema sema) {
        this.sema = sema;
    }

    // ------------------------------------------------------------------ declarations

    /** The value of a container-level declaration (resolving it if needed), or null if absent. */
    Value resolveDeclValue(Namespace ns, String name, Span useSite) {
        Namespace.Decl d = ns.get(name);
        if (d == null) return null;
        resolveDecl(ns, d, useSite);
        return d.value;
    }

    void resolveDecl(Namespace ns, Namespace.Decl d, Span useSite) {
        if (d.state == Namespace.State.RESOLVED) return;
        if (d.state == Namespace.State.FAILED) {
            // a failure whose report was withdrawn (by a quiet attempt) is resolved again, so it is reported
            if (d.failure != null && sema.diagnostics.contains(d.failure)) throw new Sema.SemaError();
            d.state = Namespace.State.UNRESOLVED;
        }
        if (d.state == Namespace.State.RESOLVING) {
            // functions may refer to themselves; constants may not
            if (d.member instanceof Ast.FnDecl) return;
            throw sema.error(useSite != null ? useSite : d.member.span(), "dependency loop detected");
        }
        d.state = Namespace.State.RESOLVING;
        try {
            switch (d.member) {
                case Ast.FnDecl fn -> {
                    d.value = new Value.FnV(new FnRef(fn, ns));
                    d.type = null;
                }
                case Ast.VarDecl v -> sema.inUnit(() -> {
                    resolveVarDecl(ns, d, v);
                    return null;
                });
                default -> throw new IllegalStateException();
            }
            d.state = Namespace.State.RESOLVED;
        } catch (Sema.SemaError e) {
            d.state = Namespace.State.FAILED;
            d.failure = sema.diagnostics.isEmpty() ? null : sema.diagnostics.get(sema.diagnostics.size() - 1);
            throw e;
        }
    }

    void resolveVarDecl(Namespace ns, Namespace.Decl d, Ast.VarDecl v) {
        var scope = new Scope(Scope.of(ns), ns);
        var checker = new Checker(sema, null, scope);
        Type declared = v.type() != null ? checker.types.resolveType(v.type(), scope) : null;
        if (v.isExtern()) throw sema.error(v.span(), "Heap Lab does not support extern variables");
        if (v.init() == null) throw sema.error(v.span(), "variables must be initialized");
        String typeName = ns.qualifiedName() + "." + v.name();
        Value value;
        Type type;
        if (v.init() instanceof Ast.ContainerType ct && v.isConst()) {
            type = new Type.TypeType();
            value = new Value.TypeV(sema.containers.makeContainer(ct, scope, typeName, checker));
        } else {
            checker.nameHint = typeName;
            Ir.Expr e = checker.exprs.expr(v.init(), declared, scope);
            if (declared != null) e = checker.coercions.coerce(e, declared, Checker.mainSpan(v.init()));
            Value cv = Consts.constValue(e);
            if (cv == null) {
                throw sema.error(v.init().span(), "unable to resolve comptime value",
                        new Diagnostic.Note(v.init().span(), "global variable initializer must be comptime-known"));
            }
            value = cv;
            type = e.type();
        }
        d.type = type;
        if (v.isConst()) {
            d.value = value;
        } else {
            if (type.isComptimeOnly()) {
                throw sema.error(v.nameSpan(), "variable of type '" + type.name() + "' must be const or comptime");
            }
            var g = new GlobalVar(v.name(), typeName, type, value, true, v.nameSpan());
            g.index = sema.globals.size();
            sema.globals.add(g);
            d.global = g;
            d.value = null;
        }
    }

    /** The {@code comptime { ... }} blocks of a container, run as Zig runs them when it analyses the container. */
    void runComptimeBlocks(StructType container, Ast.Container ast) {
        Namespace ns = container.namespace();
        for (Ast.Member m : ast.members()) {
            if (!(m instanceof Ast.ComptimeDecl cd)) continue;
            try {
                sema.inUnit(() -> new Checker(sema, null, new Scope(Scope.of(ns), ns)).comptime.comptimeBlock(cd.body(), null));
            } catch (Sema.SemaError e) {
                // reported; the other blocks and the program are still checked
            }
        }
    }

    /** {@code ns.name} where ns is a file or container: the declaration's value, with Zig's error if absent. */
    Value fieldOfNamespace(StructType container, String name, SourceFile from) {
        return resolveDeclValue(container.namespace(), name, null);
    }
}
