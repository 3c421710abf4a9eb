package org.heaplab.lang.check;

import static org.heaplab.lang.check.Checker.note;
import static org.heaplab.lang.check.TypeRules.*;
import static org.heaplab.lang.check.Consts.*;

import java.util.ArrayList;
import java.util.List;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;
import org.heaplab.source.Span;

/** Loops and jumps: while, for, break, continue, return. */
final class Loops {
    private final Checker cx;

    Loops(Checker cx) {
        this.cx = cx;
    }

    Ir.Expr whileExpr(Ast.While w, Type expected) {
        if (cx.executing) return cx.comptime.whileLoop(w, expected);
        if (w.isInline()) return cx.inlineLoops.inlineWhile(w, expected);
        cx.runtimeBranches++;
        try {
            return runtimeWhile(w, expected);
        } finally {
            cx.runtimeBranches--;
        }
    }

    private Ir.Expr runtimeWhile(Ast.While w, Type expected) {
        if (cx.fn == null) throw cx.error(w.span(), "Heap Lab cannot evaluate loops at compile time yet");
        var ctx = new Checker.LabelCtx(new Ir.Label(w.label(), true), w.label(), true, expected);
        Ir.Expr cond = cx.exprs.expr(w.cond(), null);
        Scope saved = cx.scope;
        cx.scope = cx.scope.child();
        cx.labels.push(ctx);
        try {
            Ir.WhileKind kind;
            Ir.Local cap = null;
            boolean byRef = w.capture() != null && w.capture().byRef();
            if (cond.type() instanceof Type.Bool) {
                kind = Ir.WhileKind.BOOL;
                if (w.capture() != null) throw cx.error(w.capture().span(), "expected optional type, found 'bool'");
            } else if (cond.type() instanceof Type.Optional ot) {
                kind = Ir.WhileKind.OPTIONAL;
                if (w.capture() != null) {
                    Type capType = ot.child();
                    if (byRef) {
                        if (!isPlace(cond)) cond = cx.exprs.materialize(cond, w.cond().span());
                        markAddressTaken(cond);
                        capType = new Type.Pointer(Type.PtrSize.ONE, ot.child(), !isMutablePlace(cond));
                    }
                    cap = cx.fn.newLocal(w.capture().name(), capType, false, false, false, w.capture().span());
                    if (!w.capture().name().equals("_")) cx.scope.bind(w.capture().name(), new Scope.Runtime(cap));
                }
            } else if (cond.type() instanceof Type.ErrorUnion eu) {
                kind = Ir.WhileKind.ERROR_UNION;
                if (w.capture() != null) {
                    cap = cx.fn.newLocal(w.capture().name(), eu.payload(), false, false, false, w.capture().span());
                    cx.scope.bind(w.capture().name(), new Scope.Runtime(cap));
                }
            } else if (w.capture() != null) {
                // a payload capture wants an optional (Zig reports it at the operand's main token: a call's '(')
                throw cx.error(cond instanceof Ir.Call call ? call.site() : w.cond().span(), "expected optional type, found '" + cond.type().name() + "'");
            } else {
                throw cx.error(w.cond().span(), "expected type 'bool', found '" + cond.type().name() + "'");
            }
            Ir.Node cont = null;
            if (w.cont() != null) {
                Ir.Expr ce = cx.exprs.expr(w.cont(), null);
                cx.stmts.requireVoid(ce, w.cont());
                cont = new Ir.ExprStmt(ce, w.cont().span());
            }
            Ir.Expr body = cx.exprs.expr(w.body(), null);
            cx.stmts.requireVoid(body, w.body());
            cx.labels.pop();
            cx.scope = saved;
            Ir.Local elseCap = null;
            Ir.Expr other = null;
            if (w.otherwise() != null) {
                cx.scope = cx.scope.child();
                if (w.elseCapture() != null && cond.type() instanceof Type.ErrorUnion eu) {
                    elseCap = cx.fn.newLocal(w.elseCapture().name(), eu.errorSet(), false, false, false, w.elseCapture().span());
                    cx.scope.bind(w.elseCapture().name(), new Scope.Runtime(elseCap));
                }
                other = cx.exprs.expr(w.otherwise(), ctx.expected);
                cx.scope = saved;
            }
            other = resolveBreaks(ctx, other, keyword(w.span()));
            Type t;
            if (other != null) {
                t = ctx.expected != null ? ctx.expected : resultOfElse(other, ctx);
                if (!(other.type() instanceof Type.NoReturn)) other = cx.coercions.coerce(other, t, w.otherwise().span());
            } else {
                t = ctx.expected != null && ctx.broken ? ctx.expected : VOID;
                if (kind == Ir.WhileKind.BOOL && constValue(cond) instanceof Value.BoolV b && b.value() && !ctx.broken) t = NORETURN;
            }
            ctx.label.resultType = t;
            return new Ir.While(ctx.label, kind, cond, cap, byRef, cont, body, elseCap, other, t, w.span());
        } finally {
            if (!cx.labels.isEmpty() && cx.labels.peek() == ctx) cx.labels.pop();
            cx.scope = saved;
        }
    }

    Ir.Expr forExpr(Ast.For f, Type expected) {
        if (cx.executing) return cx.comptime.forLoop(f, expected);
        if (f.isInline()) return cx.inlineLoops.inlineFor(f, expected);
        cx.runtimeBranches++;
        try {
            return runtimeFor(f, expected);
        } finally {
            cx.runtimeBranches--;
        }
    }

    /** Zig rejects a loop whose operands' comptime-known lengths differ (an array of 3 with one of 2). */
    private void knownLengthsMatch(Ast.For f, List<Ir.ForInput> inputs) {
        long first = -1;
        Span firstAt = null;
        for (Ir.ForInput in : inputs) {
            long n = -1;
            if (in.isRange()) {
                if (in.rangeEnd() != null && constValue(in.rangeStart()) instanceof Value.IntV a && constValue(in.rangeEnd()) instanceof Value.IntV b) {
                    n = b.value().longValue() - a.value().longValue();
                }
            } else if (in.object().type() instanceof Type.Array a) {
                n = a.length();
            } else if (in.object().type() instanceof Type.Pointer p && p.size() == Type.PtrSize.ONE && p.child() instanceof Type.Array a) {
                n = a.length();
            }
            if (n < 0) continue;
            if (first < 0) {
                first = n;
                firstAt = in.span();
            } else if (n != first) {
                throw cx.error(keyword(f.span()), "non-matching for loop lengths",
                        note(firstAt, "length " + first + " here"), note(in.span(), "length " + n + " here"));
            }
        }
    }

    /**
     * Where Zig reports a for loop's object (a range's end) whose length differs from the first's: at the
     * expression's main token, inside any parentheses (a slice's '[', a call's '(', a field's '.', an operator).
     */
    private static Span lengthSite(Ast.Expr e) {
        while (e instanceof Ast.Grouped g) e = g.expr();
        if (e instanceof Ast.SliceOf s) return s.lbracket();
        return Checker.mainSpan(e);
    }

    private Ir.Expr runtimeFor(Ast.For f, Type expected) {
        var ctx = new Checker.LabelCtx(new Ir.Label(f.label(), true), f.label(), true, expected);
        List<Ir.ForInput> inputs = new ArrayList<>();
        boolean bounded = false;
        for (Ast.ForInput in : f.inputs()) {
            if (in.isRange()) {
                Ir.Expr start = cx.exprs.exprAs(in.expr(), USIZE);
                Ir.Expr end = in.rangeEnd() != null ? cx.exprs.exprAs(in.rangeEnd(), USIZE) : null;
                if (end != null) bounded = true;
                inputs.add(new Ir.ForInput(null, start, end, end != null ? lengthSite(in.rangeEnd()) : in.span()));
            } else {
                Ir.Expr obj = cx.exprs.expr(in.expr(), null);
                Type t = obj.type();
                if (t instanceof Type.Vector) {
                    // Zig lowers a for loop's object through its .len, which vectors do not have
                    throw cx.error(in.span(), "type '" + t.name() + "' does not support field access");
                } else if (t instanceof Type.Array) {
                    if (!isPlace(obj)) obj = cx.exprs.materialize(obj, in.span());
                    markAddressTaken(obj);
                } else if (t instanceof StructType st && st.isTuple()) {
                    throw cx.error(in.span(), f.isInline() ? "Heap Lab does not support 'inline for' over a tuple yet"
                            : "unable to iterate over a tuple at run time", note(in.span(), "an 'inline for' can"));
                } else if (!(t instanceof Type.Pointer p && (p.isSlice() || p.size() == Type.PtrSize.ONE && p.child() instanceof Type.Array))) {
                    if (t instanceof Type.Pointer p2 && p2.size() == Type.PtrSize.MANY) {
                        throw cx.error(in.span(), "type '" + t.name() + "' is not indexable and not a range", note(in.span(), "for loop operand must be a range, array, slice, tuple, or vector"));
                    }
                    throw cx.error(in.span(), "type '" + t.name() + "' is not indexable and not a range",
                            note(in.span(), "for loop operand must be a range, array, slice, tuple, or vector"));
                }
                bounded = true;
                inputs.add(new Ir.ForInput(obj, null, null, lengthSite(in.expr())));
            }
        }
        if (!bounded) throw cx.error(f.span(), "unbounded for loop");
        if (f.captures().size() != f.inputs().size()) {
            throw new Sema.SemaError(); // AstGen reported it
        }
        knownLengthsMatch(f, inputs);
        Scope saved = cx.scope;
        cx.scope = cx.scope.child();
        cx.labels.push(ctx);
        try {
            List<Ir.Local> caps = new ArrayList<>();
            List<Boolean> byRef = new ArrayList<>();
            for (int i = 0; i < f.captures().size(); i++) {
                Ast.Capture c = f.captures().get(i);
                Ir.ForInput in = inputs.get(i);
                Type capType;
                if (in.isRange()) {
                    if (c.byRef()) throw cx.error(c.span(), "pointer capture of a range");
                    capType = USIZE;
                } else {
                    Type elem = elementType(in.object().type());
                    if (c.byRef() && in.object().type() instanceof Type.Array) {
                        // for (arr) |*x| copies nothing to point into: Zig wants for (&arr) |*x|
                        throw cx.error(c.span(), "pointer capture of non pointer type '" + in.object().type().name() + "'",
                                note(in.span(), "consider using '&' here"));
                    }
                    if (c.byRef()) {
                        boolean isConst = in.object().type() instanceof Type.Array ? !isMutablePlace(in.object())
                                : ((Type.Pointer) in.object().type()).isConst()
                                        || ((Type.Pointer) in.object().type()).size() == Type.PtrSize.ONE && false;
                        if (in.object().type() instanceof Type.Pointer p && p.size() == Type.PtrSize.ONE) isConst = p.isConst();
                        capType = new Type.Pointer(Type.PtrSize.ONE, elem, isConst);
                    } else {
                        capType = elem;
                    }
                }
                Ir.Local l = cx.fn.newLocal(c.name(), capType, false, false, false, c.span());
                caps.add(l);
                byRef.add(c.byRef());
                if (!c.name().equals("_")) cx.scope.bind(c.name(), new Scope.Runtime(l));
            }
            Ir.Local index = cx.fn.newLocal("for index", USIZE, true, false, true, f.span());
            Ir.Local length = cx.fn.newLocal("for length", USIZE, true, false, true, f.span());
            Ir.Expr body = cx.exprs.expr(f.body(), null);
            cx.stmts.requireVoid(body, f.body());
            cx.labels.pop();
            cx.scope = saved;
            Ir.Expr other = null;
            if (f.otherwise() != null) other = cx.flow.branch(f.otherwise(), ctx.expected);
            other = resolveBreaks(ctx, other, keyword(f.span()));
            Type t = other != null ? (ctx.expected != null ? ctx.expected : resultOfElse(other, ctx)) : (ctx.broken && ctx.expected != null ? ctx.expected : VOID);
            if (other != null && !(other.type() instanceof Type.NoReturn)) other = cx.coercions.coerce(other, t, f.otherwise().span());
            ctx.label.resultType = t;
            return new Ir.For(ctx.label, inputs, caps, byRef, index, length, body, other, t, f.span());
        } finally {
            if (!cx.labels.isEmpty() && cx.labels.peek() == ctx) cx.labels.pop();
            cx.scope = saved;
        }
    }

    /**
     * A block or loop without a result type takes the peer type of its breaks' values and its else
     * branch (null if none); each break's value is now coerced to it, and the else branch is
     * returned coerced too. Zig reports a value that does not fit at {@code site}: the loop's
     * keyword, or a labeled block's brace. With a result type, or no break with a value, nothing
     * changes. The type is left in {@code ctx.expected}.
     */
    Ir.Expr resolveBreaks(Checker.LabelCtx ctx, Ir.Expr otherwise, Span site) {
        if (ctx.typed || ctx.breaks.isEmpty()) return otherwise;
        boolean elseValue = otherwise != null && !(otherwise.type() instanceof Type.NoReturn);
        List<Ir.Expr> values = new ArrayList<>(ctx.breaks.stream().map(Ir.Break::value).toList());
        if (elseValue) values.add(otherwise);
        Type t = values.size() == 1 ? values.get(0).type() : cx.coercions.peerType(values, site);
        for (Ir.Break br : ctx.breaks) {
            if (!sameType(br.value().type(), t)) br.resolveValue(cx.coercions.coerce(br.value(), t, site));
        }
        ctx.expected = t;
        return elseValue && !sameType(otherwise.type(), t) ? cx.coercions.coerce(otherwise, t, site) : otherwise;
    }

    /** The keyword of a loop whose span may start at its label ({@code outer: while}). */
    static Span keyword(Span loop) {
        String text = loop.file().text();
        int at = loop.start();
        int end = Math.min(loop.end(), text.length());
        int colon = text.indexOf(':', at);
        if (colon >= 0 && colon < end && text.substring(at, colon).strip().matches("[A-Za-z_][A-Za-z0-9_]*")) {
            at = colon + 1;
            while (at < end && Character.isWhitespace(text.charAt(at))) at++;
        }
        int stop = at;
        while (stop < end && Character.isLetter(text.charAt(stop))) stop++;
        return new Span(loop.file(), at, Math.max(stop, at + 1));
    }

    /**
     * The type of a loop with an else branch and no result type: the else branch's, except that a
     * loop left by a plain {@code break} whose else branch does not return ({@code else return null})
     * is void, and the code after it is reachable.
     */
    private static Type resultOfElse(Ir.Expr other, Checker.LabelCtx ctx) {
        return other.type() instanceof Type.NoReturn && ctx.broken ? VOID : other.type();
    }

    /** Where the label of {@code break :label} starts (Zig points there when the label is unknown). */
    static Span labelSpan(Span breakSpan) {
        String text = breakSpan.file().text();
        int colon = text.indexOf(':', breakSpan.start());
        return colon >= 0 && colon < breakSpan.end() ? new Span(breakSpan.file(), colon + 1, breakSpan.end()) : breakSpan;
    }

    Checker.LabelCtx findLabel(String name, boolean loopOnly, Span span, String what) {
        for (Checker.LabelCtx c : cx.labels) {
            if (name == null ? c.isLoop : name.equals(c.name)) {
                if (loopOnly && !c.isLoop && c.switchOperand == null) throw cx.error(span, "continue outside of loop");
                return c;
            }
        }
        if (name != null) throw cx.error(labelSpan(span), "label not found: '" + name + "'");
        throw cx.error(span, what + " expression outside loop");
    }

    /** Whether jumping to {@code target} leaves the defer being checked (a loop or block inside its body is fine). */
    private boolean leavesDefer(Checker.LabelCtx target) {
        if (cx.deferDepth == 0) return false;
        int inside = cx.labels.size() - cx.deferLabelBase;
        for (Checker.LabelCtx c : cx.labels) {
            if (inside-- <= 0) return true;
            if (c == target) return false;
        }
        return true;
    }

    Ir.Expr breakExpr(Ast.Break b) {
        if (cx.executing) return cx.comptime.jump(b);
        Checker.LabelCtx ctx = findLabel(b.label(), false, b.span(), "break");
        if (leavesDefer(ctx)) throw cx.error(b.span(), "cannot break out of defer expression", note(cx.deferSite, "defer expression here"));
        ctx.broken = true;
        Ir.Expr value = null;
        if (b.value() != null) {
            value = cx.exprs.expr(b.value(), ctx.expected);
            if (ctx.typed) {
                value = cx.coercions.coerce(value, ctx.expected, b.value().span());
            } else if (!(value.type() instanceof Type.NoReturn)) {
                // no result type: the block's type is the peer type of its breaks' values, each
                // coerced to it when the block ends (resolveBreaks)
                var br = new Ir.Break(ctx.label, value, b.span());
                ctx.breaks.add(br);
                ctx.expected = cx.coercions.peerType(ctx.breaks.stream().map(Ir.Break::value).toList(), b.value().span());
                return br;
            }
        } else if (ctx.expected != null && !(ctx.expected instanceof Type.Void) && !ctx.isLoop) {
            throw cx.error(b.span(), "expected type '" + ctx.expected.name() + "', found 'void'");
        }
        return new Ir.Break(ctx.label, value, b.span());
    }

    Ir.Expr continueExpr(Ast.Continue c) {
        if (cx.executing) return cx.comptime.jump(c);
        Checker.LabelCtx ctx = findLabel(c.label(), true, c.span(), "continue");
        if (leavesDefer(ctx)) throw cx.error(c.span(), "cannot continue out of defer expression", note(cx.deferSite, "defer expression here"));
        if (ctx.switchOperand != null) {
            if (c.value() == null) throw cx.error(c.span(), "expected an operand to continue a labeled switch with");
            Ir.Expr v = cx.exprs.exprAs(c.value(), ctx.switchOperand.type);
            List<Ir.Node> body = List.of(
                    new Ir.ExprStmt(new Ir.Assign(new Ir.LocalRef(ctx.switchOperand, c.span()), v, c.span()), c.span()),
                    new Ir.ExprStmt(new Ir.Continue(ctx.switchLoop, c.span()), c.span()));
            return new Ir.Block(body, null, NORETURN, c.span());
        }
        if (c.value() != null) throw cx.error(c.value().span(), "continue with an operand is only for a labeled switch");
        if (ctx.continueTarget != null) return new Ir.Break(ctx.continueTarget, null, c.span());
        return new Ir.Continue(ctx.label, c.span());
    }

    Ir.Expr returnExpr(Ast.Return r) {
        // a container's declaration, field default or comptime block has no function to return from
        if (cx.fn == null && !cx.runningFunction) throw cx.error(r.span(), "'return' outside function scope");
        if (cx.executing) return cx.comptime.jump(r);
        if (cx.deferDepth > 0) throw cx.error(r.span(), "cannot return from defer expression", note(cx.deferSite, "defer expression here"));
        if (cx.fn == null) throw cx.error(r.span(), "unable to evaluate comptime expression");
        Span kw = new Span(r.span().file(), r.span().start(), r.span().start() + 6);
        Type rt = cx.fn.returnType;
        if (rt instanceof Type.NoReturn) {
            throw cx.error(r.value() != null ? Checker.mainSpan(r.value()) : r.span(), "function declared 'noreturn' returns", note(cx.flow.fnReturnTypeSpan(), "'noreturn' declared here"));
        }
        if (r.value() == null) {
            boolean ok = rt instanceof Type.Void || rt instanceof Type.ErrorUnion eu && eu.payload() instanceof Type.Void;
            if (!ok) throw cx.error(r.span(), "expected type '" + rt.name() + "', found 'void'", note(cx.flow.fnReturnTypeSpan(), "function return type declared here"));
            return new Ir.Return(null, kw);
        }
        Ir.Expr v = cx.exprs.expr(r.value(), rt);
        Ir.Expr c = cx.coercions.coerce(v, rt, r.value().span(), note(cx.flow.fnReturnTypeSpan(), "function return type declared here"));
        return new Ir.Return(c, kw);
    }
}
