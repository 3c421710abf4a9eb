package org.heaplab.lang.check;

import static org.heaplab.lang.check.Checker.note;
import static org.heaplab.lang.check.TypeRules.*;
import static org.heaplab.lang.check.Consts.*;

import java.util.ArrayList;
import java.util.List;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.FnRef;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;
import org.heaplab.source.Span;

/**
 * Comptime evaluation: calls whose result must be known while compiling (type functions such as
 * {@code ArrayList(i32)}, {@code comptime} expressions and blocks), run on the syntax tree.
 */
final class Comptime {
    private final Checker cx;

    Comptime(Checker cx) {
        this.cx = cx;
    }

    // ------------------------------------------------------------------ comptime evaluation

    /** Thrown by {@code return} while evaluating a function at compile time. */
    static final class ComptimeReturn extends RuntimeException {
        final Value value;

        ComptimeReturn(Value value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    /** Thrown by {@code break} while evaluating statements at compile time. */
    static final class ComptimeBreak extends RuntimeException {
        final String label;
        final Value value;
        final Span span;

        ComptimeBreak(String label, Value value, Span span) {
            super(null, null, false, false);
            this.label = label;
            this.value = value;
            this.span = span;
        }
    }

    /** {@code comptime blk: { ... break :blk v; }}: runs the block at compile time and gives its value. */
    Ir.Const comptimeBlock(Ast.Block b, Type expected) {
        boolean savedMode = cx.comptimeMode;
        Type savedReturn = cx.comptimeReturnType;
        cx.comptimeMode = true;
        try {
            execComptime(b.stmts());
        } catch (ComptimeBreak br) {
            if (!b.label().equals(br.label)) {
                if (savedMode) throw br; // an enclosing comptime block or loop may own the label
                throw cx.error(br.label == null ? br.span : cx.loops.labelSpan(br.span), br.label == null ? "break expression outside loop" : "label not found: '" + br.label + "'");
            }
            Ir.Expr v = konst(typeOfValue(br.value), br.value, b.span());
            if (expected != null) v = cx.coercions.coerce(v, expected, b.span());
            Value cv = constValue(v);
            if (cv == null) throw cx.error(b.span(), "unable to resolve comptime value");
            return konst(v.type(), cv, b.span());
        } catch (ComptimeReturn r) {
            throw cx.error(b.span(), "Heap Lab cannot return from a comptime block yet");
        } finally {
            cx.comptimeMode = savedMode;
            cx.comptimeReturnType = savedReturn;
        }
        Ir.Expr v = konst(VOID, Value.VoidV.INSTANCE, b.span());
        if (expected != null) v = cx.coercions.coerce(v, expected, b.span());
        return konst(v.type(), constValue(v), b.span());
    }

    /** Evaluates a call at compile time (type functions are memoized, so {@code ArrayList(i32)} is one type). */
    Value callComptime(FnRef ref, List<Value> args, Type ret, Span site) {
        java.util.function.Supplier<Value> compute = () -> {
            var s = new Scope(new Scope(Scope.of(ref.namespace()), ref.namespace()), null);
            List<Ast.Param> params = ref.decl().params();
            var binder = new Checker(cx.sema, null, s);
            for (int i = 0; i < params.size(); i++) {
                Ast.Param p = params.get(i);
                if (p.name() == null) continue;
                Value v = args.get(i);
                Type t = p.isAnytype() ? typeOfValue(v) : binder.types.resolveType(p.type(), s);
                s.bind(p.name(), new Scope.Comptime(t, v));
            }
            var ev = new Checker(cx.sema, null, s);
            ev.comptimeMode = true;
            ev.comptimeReturnType = ret instanceof Type.AnyType ? null : ret;
            if (ret instanceof Type.TypeType) ev.nameHint = Instances.genericName(ref, args);
            try {
                ev.comptime.execComptime(ref.decl().body().stmts());
            } catch (ComptimeReturn r) {
                Value v = r.value;
                if (ret != null && !(ret instanceof Type.AnyType)) {
                    v = constValue(ev.coercions.coerce(konst(typeOfValue(v), v, site), ret, site));
                }
                return v;
            }
            return Value.VoidV.INSTANCE;
        };
        if (ret instanceof Type.TypeType) return cx.sema.instances.memoComptimeCall(ref, args, compute);
        return compute.get();
    }

    Ir.Expr comptimeNative(FnRef ref, List<Value> args, Type ret, Ast.Call c) {
        throw cx.error(c.span(), "unable to evaluate comptime expression", note(c.span(), "'" + ref.displayName() + "' runs only at run time"));
    }

    /** Runs statements at compile time (the body of a type function or a comptime-called function). */
    void execComptime(List<Ast.Stmt> stmts) {
        Scope saved = cx.scope;
        cx.scope = cx.scope.child();
        try {
            for (Ast.Stmt s : stmts) execComptime(s);
        } finally {
            cx.scope = saved;
        }
    }

    void execComptime(Ast.Stmt s) {
        if (++cx.comptimeBranches > 10_000) throw cx.error(s.span(), "evaluation exceeded 1000 backwards branches");
        switch (s) {
            case Ast.VarDecl v -> {
                Type declared = v.type() != null ? cx.types.typeOf(v.type()) : null;
                if (v.init() instanceof Ast.ContainerType && declared == null) {
                    cx.nameHint = (cx.scope.enclosingNamespace() != null ? cx.scope.enclosingNamespace().qualifiedName() : "") + "." + v.name();
                }
                Value val = cx.exprs.comptimeValue(v.init(), cx.scope, declared);
                Type t = declared != null ? declared : typeOfValue(val);
                cx.scope.bind(v.name(), new Scope.Comptime(t, val));
            }
            case Ast.Assign a -> {
                if (a.target() instanceof Ast.Identifier id && id.name().equals("_")) {
                    cx.exprs.comptimeValue(a.value(), cx.scope, null);
                    return;
                }
                if (!(a.target() instanceof Ast.Identifier id)) throw cx.error(a.span(), "Heap Lab cannot evaluate this assignment at compile time");
                Value cur = cx.exprs.comptimeValue(id, cx.scope, null);
                Value rhs = cx.exprs.comptimeValue(a.value(), cx.scope, null);
                Value nv = rhs;
                if (a.op() != null) {
                    Ir.BinOp op = switch (a.op()) {
                        case ADD -> Ir.BinOp.ADD;
                        case SUB -> Ir.BinOp.SUB;
                        case MUL -> Ir.BinOp.MUL;
                        default -> throw cx.error(a.opSpan(), "Heap Lab cannot evaluate this operator at compile time");
                    };
                    nv = Folding.arith(op, cur, rhs, typeOfValue(cur), a.opSpan(), cx);
                }
                for (Scope sc = cx.scope; sc != null; sc = sc.parent()) {
                    if (sc.own(id.name()) instanceof Scope.Comptime ct) {
                        sc.bind(id.name(), new Scope.Comptime(ct.type(), nv));
                        return;
                    }
                }
                throw cx.error(a.target().span(), "cannot assign to constant");
            }
            case Ast.Defer d -> { }
            case Ast.ExprStmt es -> execComptimeExpr(es.expr());
        }
    }

    void execComptimeExpr(Ast.Expr e) {
        switch (e) {
            case Ast.Return r -> throw new ComptimeReturn(r.value() == null ? Value.VoidV.INSTANCE
                    : cx.exprs.comptimeValue(r.value(), cx.scope, cx.comptimeReturnType));
            case Ast.Block b -> execComptime(b.stmts());
            case Ast.If i -> {
                if (i.capture() != null) {
                    Value ov = cx.exprs.comptimeValue(i.cond(), cx.scope, null);
                    if (ov instanceof Value.OptionalV o) {
                        Scope saved = cx.scope;
                        cx.scope = cx.scope.child();
                        cx.scope.bind(i.capture().name(), new Scope.Comptime(typeOfValue(o.payload()), o.payload()));
                        try {
                            execComptimeExpr(i.then());
                        } finally {
                            cx.scope = saved;
                        }
                    } else if (i.otherwise() != null) {
                        execComptimeExpr(i.otherwise());
                    }
                    return;
                }
                Value cv = cx.exprs.comptimeValue(i.cond(), cx.scope, BOOL);
                if (((Value.BoolV) cv).value()) execComptimeExpr(i.then());
                else if (i.otherwise() != null) execComptimeExpr(i.otherwise());
            }
            case Ast.While w -> {
                int n = 0;
                while (((Value.BoolV) cx.exprs.comptimeValue(w.cond(), cx.scope, BOOL)).value()) {
                    if (++n > 1000) {
                        throw cx.error(w.span(), "evaluation exceeded 1000 backwards branches",
                                note(w.span(), "use @setEvalBranchQuota() to raise the branch limit from 1000"));
                    }
                    try {
                        execComptimeExpr(w.body());
                    } catch (ComptimeBreak br) {
                        if (br.label == null || br.label.equals(w.label())) break;
                        throw br;
                    }
                    if (w.cont() != null) execComptimeExpr(w.cont());
                }
            }
            case Ast.Break b -> throw new ComptimeBreak(b.label(), b.value() == null ? Value.VoidV.INSTANCE : cx.exprs.comptimeValue(b.value(), cx.scope, null), b.span());
            case Ast.Assign a -> execComptime(a);
            case Ast.Unreachable u -> throw cx.error(u.span(), "reached unreachable code");
            default -> cx.exprs.comptimeValue(e, cx.scope, null);
        }
    }
}
