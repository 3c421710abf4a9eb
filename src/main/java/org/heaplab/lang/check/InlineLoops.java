package org.heaplab.lang.check;

import static org.heaplab.lang.check.Consts.*;
import static org.heaplab.lang.check.TypeRules.*;

import java.util.ArrayList;
import java.util.List;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;
import org.heaplab.source.Span;

/**
 * {@code inline for} and {@code inline while} in code compiled for run time: unrolled while
 * compiling. Each pass is checked on its own, its captures bound to that pass's element (a
 * comptime value, or a tuple's field of its own type), so the passes may differ in type. The
 * unrolled code is a labeled block (what {@code break} leaves) holding one labeled block per pass
 * (what {@code continue} leaves).
 */
final class InlineLoops {
    private final Checker cx;

    InlineLoops(Checker cx) {
        this.cx = cx;
    }

    /** One pass's element of one input: a comptime value or an expression read at run time. */
    private record Element(Type type, Value value, Ir.Expr expr) {}

    Ir.Expr inlineFor(Ast.For f, Type expected) {
        List<List<Element>> inputs = new ArrayList<>();
        long len = -1;
        for (Ast.ForInput in : f.inputs()) {
            List<Element> elems = in.isRange() ? range(in) : elements(in);
            if (elems == null) continue; // an unbounded range takes the others' length
            if (len >= 0 && elems.size() != len) throw cx.error(in.span(), "non-matching for loop lengths");
            len = elems.size();
            inputs.add(elems);
        }
        if (len < 0) throw cx.error(f.span(), "unbounded for loop");
        if (f.captures().size() != f.inputs().size()) throw new Sema.SemaError(); // AstGen reported it
        var loop = new Loop(f.label(), expected, f.span());
        for (int i = 0; i < len && !loop.exited; i++) {
            cx.comptime.countBranch(f.span());
            List<Ir.Node> pass = new ArrayList<>();
            Scope saved = cx.scope;
            cx.scope = cx.scope.child();
            try {
                int k = 0;
                for (int j = 0; j < f.inputs().size(); j++) {
                    Ast.ForInput in = f.inputs().get(j);
                    Ast.Capture c = f.captures().get(j);
                    Element e = in.isRange() && in.rangeEnd() == null
                            ? new Element(USIZE, Value.IntV.of(rangeStart(in) + i), null) : inputs.get(k++).get(i);
                    bind(c, e, pass);
                }
                loop.pass(pass, () -> cx.exprs.expr(f.body(), null), f.body());
            } finally {
                cx.scope = saved;
            }
        }
        return loop.finish(f.otherwise());
    }

    Ir.Expr inlineWhile(Ast.While w, Type expected) {
        if (w.capture() != null) throw cx.error(w.capture().span(), "Heap Lab cannot capture in an 'inline while' yet");
        var loop = new Loop(w.label(), expected, w.span());
        while (!loop.exited) {
            Value cv = constValue(cx.exprs.exprAs(w.cond(), BOOL));
            if (cv == null) throw cx.error(w.cond().span(), "unable to resolve comptime value", Checker.note(w.cond().span(), "condition in inline loop must be comptime-known"));
            if (!((Value.BoolV) cv).value()) break;
            cx.comptime.countBranch(w.span());
            List<Ir.Node> pass = new ArrayList<>();
            Scope saved = cx.scope;
            cx.scope = cx.scope.child();
            try {
                loop.pass(pass, () -> cx.exprs.expr(w.body(), null), w.body());
            } finally {
                cx.scope = saved;
            }
            if (w.cont() != null && !loop.exited) {
                Ir.Expr ce = cx.exprs.expr(w.cont(), null);
                if (!(ce instanceof Ir.Const)) loop.after(new Ir.ExprStmt(ce, w.cont().span()));
            }
        }
        return loop.finish(w.otherwise());
    }

    /** The unrolled loop being built: its break target, and the passes so far. */
    private final class Loop {
        final Checker.LabelCtx ctx;
        final List<Ir.Node> passes = new ArrayList<>();
        final Span span;

        Loop(String label, Type expected, Span span) {
            this.ctx = new Checker.LabelCtx(new Ir.Label(label, false), label, true, expected);
            this.span = span;
        }

        void pass(List<Ir.Node> head, java.util.function.Supplier<Ir.Expr> body, Ast.Expr bodyAst) {
            var next = new Ir.Label(null, false);
            next.resultType = VOID;
            ctx.continueTarget = next;
            cx.labels.push(ctx);
            Ir.Expr b;
            try {
                b = body.get();
            } finally {
                cx.labels.pop();
            }
            cx.stmts.requireVoid(b, bodyAst);
            // a pass that always leaves the loop (a comptime-known `if (k == 2) break x;`) is the
            // last: like Zig's Sema, the passes and the else branch after it are not analysed
            exited = leaves(b, next);
            List<Ir.Node> nodes = new ArrayList<>(head);
            nodes.add(new Ir.ExprStmt(b, bodyAst.span()));
            passes.add(new Ir.ExprStmt(new Ir.Block(nodes, next, VOID, bodyAst.span()), bodyAst.span()));
        }

        void after(Ir.Node n) { passes.add(n); }

        /** Whether the pass ran to the end of the unrolled loop. */
        boolean exited;

        /** Whether {@code e} always ends in a jump out of the pass other than to {@code next} (a continue). */
        private static boolean leaves(Ir.Node e, Ir.Label next) {
            return switch (e) {
                case Ir.Break br -> br.target() != next;
                case Ir.Continue c -> true;
                case Ir.Return r -> true;
                case Ir.Unreachable u -> true;
                case Ir.ExprStmt es -> leaves(es.expr(), next);
                case Ir.Block blk -> blk.label() == null && !blk.body().isEmpty() && leaves(blk.body().get(blk.body().size() - 1), next);
                default -> false;
            };
        }

        Ir.Expr finish(Ast.Expr otherwise) {
            Ir.Expr o = otherwise != null && !exited ? cx.flow.branch(otherwise, ctx.expected) : null;
            o = cx.loops.resolveBreaks(ctx, o, Loops.keyword(span));
            Type t = ctx.broken && ctx.expected != null ? ctx.expected : VOID;
            if (exited && !ctx.broken) t = NORETURN; // left by return (or an outer loop's break) on every path
            if (o != null) {
                // an else that does not return (`else unreachable`) leaves the type to the breaks out of the loop
                t = ctx.expected != null ? ctx.expected : o.type() instanceof Type.NoReturn && ctx.broken ? t : o.type();
                if (!(o.type() instanceof Type.NoReturn)) o = cx.coercions.coerce(o, t, otherwise.span());
                passes.add(new Ir.ExprStmt(new Ir.Break(ctx.label, o, otherwise.span()), otherwise.span()));
            }
            ctx.label.resultType = t;
            return new Ir.Block(passes, ctx.label, t, span);
        }
    }

    private void bind(Ast.Capture c, Element e, List<Ir.Node> pass) {
        if (c.name().equals("_")) return;
        if (c.byRef()) {
            if (e.expr() == null || !isPlace(e.expr())) throw cx.error(c.span(), "pointer capture of a comptime value");
            markAddressTaken(e.expr());
            Type pt = new Type.Pointer(Type.PtrSize.ONE, e.type(), !isMutablePlace(e.expr()));
            Ir.Local l = cx.fn.newLocal(c.name(), pt, false, false, false, c.span());
            pass.add(new Ir.VarDecl(l, new Ir.AddrOf(e.expr(), pt, c.span()), c.span()));
            cx.scope.bind(c.name(), new Scope.Runtime(l));
            return;
        }
        if (e.value() != null) {
            cx.scope.bind(c.name(), new Scope.Comptime(e.type(), e.value()));
            return;
        }
        Ir.Local l = cx.fn.newLocal(c.name(), e.type(), false, false, false, c.span());
        pass.add(new Ir.VarDecl(l, e.expr(), c.span()));
        cx.scope.bind(c.name(), new Scope.Runtime(l));
    }

    private long rangeStart(Ast.ForInput in) {
        return intValue(cx.exprs.comptimeValue(in.expr(), cx.scope, USIZE)).longValue();
    }

    /** {@code a..b} with comptime-known bounds; null for an unbounded range. */
    private List<Element> range(Ast.ForInput in) {
        if (in.rangeEnd() == null) return null;
        long start = rangeStart(in);
        long end = intValue(cx.exprs.comptimeValue(in.rangeEnd(), cx.scope, USIZE)).longValue();
        // made as the passes need them: a huge range costs nothing until the quota stops it
        int count = (int) Math.max(0, Math.min(Integer.MAX_VALUE, end - start));
        return new java.util.AbstractList<>() {
            @Override public Element get(int i) { return new Element(USIZE, Value.IntV.of(start + i), null); }
            @Override public int size() { return count; }
        };
    }

    /** The elements of a tuple, or of an array or slice whose length is known while compiling. */
    private List<Element> elements(Ast.ForInput in) {
        Ir.Expr obj = cx.exprs.expr(in.expr(), null);
        Type t = obj.type();
        Value v = constValue(obj);
        List<Element> out = new ArrayList<>();
        if (t instanceof StructType st && st.isTuple()) {
            if (v == null && !isPlace(obj)) obj = cx.exprs.materialize(obj, in.span());
            for (int i = 0; i < st.fields().size(); i++) {
                Ir.Expr fe = cx.exprs.fieldOf(obj, Integer.toString(i), in.span(), in.span());
                Value fv = constValue(fe);
                out.add(new Element(fe.type(), fv, fv == null ? fe : null));
            }
            return out;
        }
        // Zig lowers a for loop's object through its .len, which vectors do not have
        if (t instanceof Type.Vector) throw cx.error(in.span(), "type '" + t.name() + "' does not support field access");
        Type elem = elementType(t);
        if (elem == null) {
            throw cx.error(in.span(), "type '" + t.name() + "' is not indexable and not a range",
                    note(in.span(), "for loop operand must be a range, array, slice, tuple, or vector"));
        }
        if (v != null && !(v instanceof Value.UndefV) && !(v instanceof Value.CellPtrV && !(t instanceof Type.Pointer sp && sp.isSlice()))) {
            for (Value ev : cx.comptime.elementsOf(v, t)) out.add(new Element(elem, ev, null));
            return out;
        }
        long len = t instanceof Type.Array a ? a.length()
                : t instanceof Type.Pointer p && p.size() == Type.PtrSize.ONE && p.child() instanceof Type.Array a2 ? a2.length() : -1;
        if (len < 0) {
            throw cx.error(in.span(), "unable to resolve comptime value", note(in.span(), "inline loop operand must be comptime-known or have a comptime-known length"));
        }
        if (!isPlace(obj) && t instanceof Type.Array) obj = cx.exprs.materialize(obj, in.span());
        for (long i = 0; i < len; i++) {
            Ir.Expr el = cx.exprs.indexOf(obj, konst(USIZE, Value.IntV.of(i), in.span()), in.span(), in.span());
            out.add(new Element(elem, null, el));
        }
        return out;
    }

    private static org.heaplab.diag.Diagnostic.Note note(Span s, String m) { return Checker.note(s, m); }
}
