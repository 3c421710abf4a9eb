package org.heaplab.lang.check;

import static org.heaplab.lang.check.Checker.note;
import static org.heaplab.lang.check.TypeRules.*;
import static org.heaplab.lang.check.Consts.*;

import java.util.ArrayList;
import java.util.List;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.ErrorSetType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Value;
import org.heaplab.source.Span;

/** Branching expressions: if (with optional and error captures), switch, try, catch, orelse. */
final class ControlFlow {
    private final Checker cx;

    ControlFlow(Checker cx) {
        this.cx = cx;
    }

    // ------------------------------------------------------------------ control flow
    Ir.Expr controlFlow(Ast.Expr e, Type expected) {
        return switch (e) {
            case Ast.Try t -> tryExpr(t);
            case Ast.Catch c -> catchExpr(c, expected);
            case Ast.Orelse o -> orelse(o, expected);
            case Ast.If i -> ifExpr(i, expected);
            case Ast.Switch s -> cx.switches.switchExpr(s, expected);
            case Ast.Block b -> b.stmts().isEmpty() && b.label() == null ? konst(VOID, Value.VoidV.INSTANCE, b.span()) : cx.stmts.block(b, expected);
            case Ast.While w -> cx.loops.whileExpr(w, expected);
            case Ast.For f -> cx.loops.forExpr(f, expected);
            case Ast.Break b -> cx.loops.breakExpr(b);
            case Ast.Continue c -> cx.loops.continueExpr(c);
            case Ast.Return r -> cx.loops.returnExpr(r);
            case Ast.Unreachable u -> {
                if (cx.comptimeMode && (cx.fn == null || cx.executing)) throw cx.error(u.span(), "reached unreachable code");
                yield new Ir.Unreachable(u.span());
            }
            default -> throw cx.error(e.span(), "Heap Lab does not support this expression yet");
        };
    }

    Ir.Expr tryExpr(Ast.Try t) {
        if (cx.deferDepth > 0) throw cx.error(t.span(), "'try' not allowed inside defer expression", note(cx.deferSite, "defer expression here"));
        Ir.Expr o = cx.exprs.expr(t.operand(), null);
        if (!(o.type() instanceof Type.ErrorUnion eu)) {
            if (o.type() instanceof ErrorSetType) return o;
            throw cx.error(Checker.mainSpan(t.operand()), "expected error union type, found '" + o.type().name() + "'");
        }
        Value known = constValue(o);
        if (cx.executing && known != null && !(known instanceof Value.UndefV)) {
            // run at compile time: the payload, or the error returned from the function being run
            if (!(known instanceof Value.ErrorV)) return konst(eu.payload(), known, t.span());
            if (cx.comptimeReturnType instanceof Type.ErrorUnion) throw new Comptime.Return(known, eu.errorSet());
        }
        if (cx.fn == null) {
            Value v = constValue(o);
            // running at compile time: the payload, or the error returned from the function being run
            if (v != null && !(v instanceof Value.ErrorV) && !(v instanceof Value.UndefV)) return konst(eu.payload(), v, t.span());
            if (v instanceof Value.ErrorV && cx.comptimeReturnType instanceof Type.ErrorUnion) throw new Comptime.Return(v, eu.errorSet());
            if (v instanceof Value.ErrorV ev) throw cx.error(t.span(), "error." + ev.name() + " returned at compile time");
            throw cx.error(t.span(), "unable to resolve comptime value");
        }
        Span trySpan = new Span(t.span().file(), t.span().start(), t.span().start() + 3);
        if (!(cx.fn.returnType instanceof Type.ErrorUnion reu)) {
            Span retSpan = fnReturnTypeSpan();
            throw cx.error(trySpan, "expected type '" + cx.fn.returnType.name() + "', found '" + eu.errorSet().name() + "'",
                    note(retSpan, "function cannot return an error"));
        }
        if (!errorSetCoerces(eu.errorSet(), reu.errorSet())) {
            throw cx.error(trySpan, "expected type '" + reu.errorSet().name() + "', found '" + eu.errorSet().name() + "'");
        }
        return new Ir.Try(o, eu.payload(), trySpan);
    }

    Span fnReturnTypeSpan() {
        if (cx.fn.ref != null) return cx.fn.ref.decl().returnType().span();
        return cx.fn.span;
    }

    Ir.Expr catchExpr(Ast.Catch c, Type expected) {
        boolean discard = cx.takeDiscard();
        Ir.Expr o = cx.exprs.expr(c.left(), expected instanceof Type.ErrorUnion ? expected : null);
        if (!(o.type() instanceof Type.ErrorUnion eu)) {
            throw cx.error(c.opSpan(), "expected error union type, found '" + o.type().name() + "'");
        }
        Value known = constValue(o);
        if ((cx.executing || cx.comptimeMode) && known != null && !(known instanceof Value.UndefV)) return comptimeCatch(c, eu, known);
        if (known != null && !(known instanceof Value.UndefV) && !(known instanceof Value.ErrorV)) {
            // a comptime-known payload: the handler is not analysed (it may be a @compileError)
            return konst(eu.payload(), known, c.span());
        }
        Scope saved = cx.scope;
        cx.scope = cx.scope.child();
        try {
            Ir.Local capture = null;
            if (c.capture() != null) {
                if (cx.fn == null) throw cx.error(c.span(), "unable to resolve comptime value");
                capture = cx.fn.newLocal(c.capture(), eu.errorSet(), false, false, false, c.captureSpan());
                cx.scope.bind(c.capture(), new Scope.Runtime(capture));
            }
            Ir.Expr h = handler(c, eu, expected);
            if (discard) return new Ir.Catch(o, capture, h, eu.payload(), c.opSpan());
            if (!(eu.payload() instanceof Type.Optional) && (h.type() instanceof Type.Null || h.type() instanceof Type.Optional)
                    && cx.coercions.tryCoerce(h, eu.payload(), c.right().span()) == null) {
                // `x catch null`: the result is optional
                Type rt = h.type() instanceof Type.Optional ? h.type() : new Type.Optional(eu.payload());
                Ir.Local v = cx.fn.newLocal("catch payload", eu.payload(), false, false, true, c.opSpan());
                Ir.Expr then = cx.coercions.coerce(new Ir.LocalRef(v, c.opSpan()), rt, c.opSpan());
                return new Ir.IfErr(o, v, capture, then, cx.coercions.coerce(h, rt, c.right().span()), rt, c.opSpan());
            }
            if (h.type() instanceof Type.ErrorUnion heu && cx.fn != null && cx.coercions.tryCoerce(h, eu.payload(), c.right().span()) == null) {
                // `a catch b` with b an error union of the payload type: the result is b's error union (a catch b catch c)
                Type rt = new Type.ErrorUnion(heu.errorSet(), eu.payload());
                Ir.Local v = cx.fn.newLocal("catch payload", eu.payload(), false, false, true, c.opSpan());
                Ir.Expr then = cx.coercions.coerce(new Ir.LocalRef(v, c.opSpan()), rt, c.opSpan());
                return new Ir.IfErr(o, v, capture, then, cx.coercions.coerce(h, rt, c.right().span()), rt, c.opSpan());
            }
            if (expected != null && cx.fn != null && !(h.type() instanceof Type.NoReturn) && !(expected instanceof Type.AnyType)
                    && !fits(h, eu.payload(), c.right().span())) {
                // a handler of another type than the payload, with a result type: both coerce to it
                // (`return parseInt(...) catch error.BadValue` in a function returning E!?u16)
                Ir.Expr fallback = cx.coercions.tryCoerce(h, expected, c.right().span());
                Ir.Local v = cx.fn.newLocal("catch payload", eu.payload(), false, false, true, c.opSpan());
                Ir.Expr then = fallback == null ? null : cx.coercions.tryCoerce(new Ir.LocalRef(v, c.opSpan()), expected, c.opSpan());
                if (then != null) return new Ir.IfErr(o, v, capture, then, fallback, expected, c.opSpan());
            }
            Type t = cx.coercions.peerType(List.of(konstPlaceholder(eu.payload(), c.left().span()), h), c.opSpan());
            if (expected == null && cx.fn != null && !(t instanceof Type.NoReturn) && !t.equals(eu.payload())
                    && !(h.type() instanceof Type.ComptimeInt || h.type() instanceof Type.ComptimeFloat)
                    && cx.coercions.tryCoerce(h, eu.payload(), c.right().span()) == null) {
                // with no result type the value is the peer type of payload and handler
                // (`bufPrint(...) catch |e| @errorName(e)`: []u8 and [:0]const u8 make []const u8)
                Ir.Local v = cx.fn.newLocal("catch payload", eu.payload(), false, false, true, c.opSpan());
                Ir.Expr then = cx.coercions.coerce(new Ir.LocalRef(v, c.opSpan()), t, c.opSpan());
                return new Ir.IfErr(o, v, capture, then, cx.coercions.coerce(h, t, c.right().span()), t, c.opSpan());
            }
            if (!(h.type() instanceof Type.NoReturn)) h = cx.coercions.coerce(h, eu.payload(), fallbackSite(h, expected, c.opSpan(), c.right().span()));
            if (t instanceof Type.NoReturn) t = eu.payload();
            return new Ir.Catch(o, capture, h, eu.payload(), c.opSpan());
        } finally {
            cx.scope = saved;
        }
    }

    /**
     * The handler of {@code x catch h}, checked with the payload type as its hint. With no result
     * type, a labeled block that breaks with null ({@code break :blk null}) makes the result
     * optional, as Zig's peer types do: it is checked again for {@code ?payload} when the payload
     * alone fails (and the first error stands when that fails too).
     */
    private Ir.Expr handler(Ast.Catch c, Type.ErrorUnion eu, Type expected) {
        if (expected != null || !(c.right() instanceof Ast.Block b) || b.label() == null || eu.payload() instanceof Type.Optional) {
            return cx.exprs.expr(c.right(), eu.payload());
        }
        int reported = cx.sema.diagnostics.size();
        Scope scope = cx.scope;
        try {
            return cx.exprs.expr(c.right(), eu.payload());
        } catch (Sema.SemaError first) {
            var firstReports = new ArrayList<>(cx.sema.diagnostics.subList(reported, cx.sema.diagnostics.size()));
            while (cx.sema.diagnostics.size() > reported) cx.sema.diagnostics.remove(cx.sema.diagnostics.size() - 1);
            cx.scope = scope;
            try {
                return cx.exprs.expr(c.right(), new Type.Optional(eu.payload()));
            } catch (Sema.SemaError second) {
                while (cx.sema.diagnostics.size() > reported) cx.sema.diagnostics.remove(cx.sema.diagnostics.size() - 1);
                cx.sema.diagnostics.addAll(firstReports);
                cx.scope = scope;
                throw first;
            }
        }
    }

    /** Whether a value coerces to a type, a comptime-known integer too big for it not. */
    private boolean fits(Ir.Expr e, Type t, Span at) {
        if (t instanceof Type.Int ti && constValue(e) instanceof Value.IntV iv && !ti.fits(iv.value())) return false;
        return cx.coercions.tryCoerce(e, t, at) != null;
    }

    /** Where a fallback that does not fit is reported: at the operator for a number with no result type (Zig's peer site), else at the fallback. */
    private static Span fallbackSite(Ir.Expr fallback, Type expected, Span op, Span value) {
        boolean number = fallback.type() instanceof Type.ComptimeInt || fallback.type() instanceof Type.ComptimeFloat;
        return number && (expected == null || expected instanceof Type.AnyType) ? op : value;
    }

    /** {@code x catch h} run at compile time: the payload, or the handler with the error captured. */
    private Ir.Expr comptimeCatch(Ast.Catch c, Type.ErrorUnion eu, Value v) {
        if (!(v instanceof Value.ErrorV err)) return konst(eu.payload(), v, c.span());
        Scope saved = cx.scope;
        cx.scope = cx.scope.child();
        try {
            if (c.capture() != null) cx.scope.bind(c.capture(), new Scope.Comptime(eu.errorSet(), err));
            Ir.Expr h = cx.exprs.expr(c.right(), eu.payload());
            if (h.type() instanceof Type.NoReturn) return h;
            return cx.coercions.coerce(h, eu.payload(), c.right().span());
        } finally {
            cx.scope = saved;
        }
    }

    static Ir.Expr konstPlaceholder(Type t, Span span) {
        return new Ir.Const(t, Value.UndefV.INSTANCE, span);
    }

    /** {@code opt orelse fallback} of optional type {@code rt}: {@code if (opt) |x| x else fallback}. */
    private Ir.Expr optionalFallback(Ir.Expr opt, Type payload, Ir.Expr fallback, Type rt, Span at) {
        if (cx.fn == null) throw cx.error(at, "unable to resolve comptime value");
        Ir.Local cap = cx.fn.newLocal("orelse payload", payload, false, false, true, at);
        Ir.Expr then = cx.coercions.coerce(new Ir.LocalRef(cap, at), rt, at);
        return new Ir.IfOpt(opt, cap, false, then, cx.coercions.coerce(fallback, rt, at), rt, at);
    }

    Ir.Expr orelse(Ast.Orelse o, Type expected) {
        Type want = expected instanceof Type.ErrorUnion eu ? eu.payload() : expected;
        Ir.Expr opt = cx.exprs.expr(o.left(), want != null ? new Type.Optional(want) : null);
        if (!(opt.type() instanceof Type.Optional ot)) {
            throw cx.error(o.opSpan(), "expected optional type, found '" + opt.type().name() + "'");
        }
        Value known = constValue(opt);
        if (known instanceof Value.OptionalV ov) return konst(ot.child(), ov.payload(), o.span());
        Ir.Expr f = cx.exprs.expr(o.right(), ot.child());
        Type t = ot.child();
        Value cv = constValue(opt);
        if (!(f.type() instanceof Type.NoReturn)) {
            Ir.Expr c = cx.coercions.tryCoerce(f, t, fallbackSite(f, expected, o.opSpan(), o.right().span()));
            if (c == null && (f.type() instanceof Type.Optional || f.type() instanceof Type.Null)) {
                // a fallback that may itself be null: the result is optional (a orelse b orelse c)
                Type rt = f.type() instanceof Type.Optional ? f.type() : new Type.Optional(t);
                if (cv instanceof Value.OptionalV ov) return cx.coercions.coerce(konst(t, ov.payload(), o.span()), rt, o.span());
                if (cv instanceof Value.NullV) return cx.coercions.coerce(f, rt, o.right().span());
                return optionalFallback(opt, ot.child(), f, rt, o.opSpan());
            }
            boolean errorFallback = f.type() instanceof ErrorSetType || f.type() instanceof Type.ErrorUnion;
            if (c == null && errorFallback && (expected instanceof Type.ErrorUnion || f.type() instanceof ErrorSetType && cx.fn != null)) {
                // `opt orelse error.X`: the result is an error union, the result type's (return opt orelse
                // error.Missing in a function returning E!T) or the peer type of T and the error set
                Type rt = expected instanceof Type.ErrorUnion ? expected : new Type.ErrorUnion((ErrorSetType) f.type(), t);
                if (cv instanceof Value.NullV) return cx.coercions.coerce(f, rt, o.right().span());
                return optionalFallback(opt, ot.child(), cx.coercions.coerce(f, rt, o.right().span()), rt, o.opSpan());
            }
            f = cx.coercions.coerce(f, t, fallbackSite(f, expected, o.opSpan(), o.right().span()));
        }
        if (cv instanceof Value.OptionalV ov) return konst(t, ov.payload(), o.span());
        if (cv instanceof Value.NullV) return f;
        return new Ir.Orelse(opt, f, t, o.opSpan());
    }

    Ir.Expr ifExpr(Ast.If i, Type expected) {
        boolean discard = cx.takeDiscard();
        Ir.Expr c = cx.exprs.expr(i.cond(), null);
        Type ct = c.type();
        if (i.capture() == null && (ct instanceof Type.Bool)) {
            Value cv = constValue(c);
            if (cv instanceof Value.BoolV b) {
                // Zig analyses only the branch a comptime-known condition takes
                if (b.value()) return branch(i.then(), expected);
                if (i.otherwise() != null) return branch(i.otherwise(), expected);
                return konst(VOID, Value.VoidV.INSTANCE, i.span());
            }
            Ir.Expr then = runtimeBranch(i.then(), expected);
            if (i.otherwise() == null) {
                cx.stmts.requireVoid(then, i.then());
                return new Ir.IfElse(c, then, null, VOID, i.span());
            }
            Ir.Expr other = runtimeBranch(i.otherwise(), expected);
            if (discard) return new Ir.IfElse(c, then, other, VOID, i.span());
            Type t = resultType(List.of(then, other), expected, i.span());
            Span peerSite = t == expected ? null : keyword(i.span(), 2);
            requireRuntimeType(t, keyword(i.span(), 2), Checker.mainSpan(i.cond()));
            return new Ir.IfElse(c, coerceBranch(then, t, i.then(), peerSite), coerceBranch(other, t, i.otherwise(), peerSite), t, i.span());
        }
        if (ct instanceof Type.Optional && i.capture() == null) {
            // an optional is tested with a capture (if (x) |v|) or against null, not as a bool
            throw cx.error(c instanceof Ir.Call call ? call.site() : i.cond().span(), "expected type 'bool', found '" + ct.name() + "'");
        }
        if (ct instanceof Type.Optional ot) {
            Value cv = constValue(c);
            boolean byRefCapture = i.capture() != null && i.capture().byRef();
            if (cv instanceof Value.NullV) {
                // Zig analyses only the branch a comptime-known optional takes
                return i.otherwise() != null ? branch(i.otherwise(), expected) : konst(VOID, Value.VoidV.INSTANCE, i.span());
            }
            if (cv instanceof Value.OptionalV ov && !byRefCapture) {
                Scope saved = cx.scope;
                cx.scope = cx.scope.child();
                try {
                    if (i.capture() != null && !i.capture().name().equals("_")) {
                        cx.scope.bind(i.capture().name(), new Scope.Comptime(ot.child(), ov.payload()));
                    }
                    return cx.exprs.expr(i.then(), expected);
                } finally {
                    cx.scope = saved;
                }
            }
            Scope saved = cx.scope;
            cx.scope = cx.scope.child();
            Ir.Local cap = null;
            boolean byRef = i.capture() != null && i.capture().byRef();
            Ir.Expr then;
            try {
                if (i.capture() != null) {
                    Type capType = byRef ? new Type.Pointer(Type.PtrSize.ONE, ot.child(), !isMutablePlace(c)) : ot.child();
                    if (byRef) {
                        if (!isPlace(c)) c = cx.exprs.materialize(c, i.cond().span());
                        markAddressTaken(c);
                    }
                    cap = cx.fn.newLocal(i.capture().name(), capType, false, false, false, i.capture().span());
                    if (!i.capture().name().equals("_")) cx.scope.bind(i.capture().name(), new Scope.Runtime(cap));
                }
                then = cx.exprs.expr(i.then(), expected);
            } finally {
                cx.scope = saved;
            }
            Ir.Expr other = i.otherwise() != null ? branch(i.otherwise(), expected) : null;
            Type t = other == null ? VOID : cx.coercions.peerType(List.of(then, other), i.span());
            Span peerSite = keyword(i.span(), 2);
            if (other == null) cx.stmts.requireVoid(then, i.then());
            return new Ir.IfOpt(c, cap, byRef, coerceBranch(then, t, i.then(), peerSite),
                    other == null ? null : coerceBranch(other, t, i.otherwise(), peerSite), t, i.span());
        }
        if (ct instanceof Type.ErrorUnion eu && constValue(c) instanceof Value known && !(known instanceof Value.UndefV)
                && i.otherwise() != null) {
            // a comptime-known error union: only the branch it takes is analysed, its capture known
            boolean isError = known instanceof Value.ErrorV;
            Ast.Capture capture = isError ? i.elseCapture() : i.capture();
            Scope saved = cx.scope;
            cx.scope = cx.scope.child();
            try {
                if (capture != null && !capture.name().equals("_")) {
                    cx.scope.bind(capture.name(), new Scope.Comptime(isError ? eu.errorSet() : eu.payload(), known));
                }
                return branch(isError ? i.otherwise() : i.then(), expected);
            } finally {
                cx.scope = saved;
            }
        }
        if (ct instanceof Type.ErrorUnion eu && constValue(c) instanceof Value known && !(known instanceof Value.UndefV)) {
            // comptime-known: only the branch taken is analysed, its capture a comptime value
            boolean isErr = known instanceof Value.ErrorV;
            Ast.Capture capture = isErr ? i.elseCapture() : i.capture();
            Ast.Expr taken = isErr ? i.otherwise() : i.then();
            if (taken == null) throw cx.error(i.span(), "error union is ignored", note(i.span(), "consider using 'try', 'catch', or 'if'"));
            Scope saved = cx.scope;
            cx.scope = cx.scope.child();
            try {
                if (capture != null && !capture.name().equals("_")) {
                    cx.scope.bind(capture.name(), new Scope.Comptime(isErr ? eu.errorSet() : eu.payload(), known));
                }
                return cx.exprs.expr(taken, expected);
            } finally {
                cx.scope = saved;
            }
        }
        if (ct instanceof Type.ErrorUnion eu) {
            Value cv = constValue(c);
            if (cv != null && !(cv instanceof Value.UndefV) && !(i.capture() != null && i.capture().byRef())) {
                // a comptime-known error union: only the branch it takes, its capture comptime-known
                boolean isError = cv instanceof Value.ErrorV;
                Ast.Capture capture = isError ? i.elseCapture() : i.capture();
                Ast.Expr body = isError ? i.otherwise() : i.then();
                if (body == null) return konst(VOID, Value.VoidV.INSTANCE, i.span());
                Scope saved = cx.scope;
                cx.scope = cx.scope.child();
                try {
                    if (capture != null && !capture.name().equals("_")) {
                        cx.scope.bind(capture.name(), new Scope.Comptime(isError ? eu.errorSet() : eu.payload(), cv));
                    }
                    return cx.exprs.expr(body, expected);
                } finally {
                    cx.scope = saved;
                }
            }
            if (cx.fn == null) throw cx.error(i.cond().span(), "unable to resolve comptime value");
            Scope saved = cx.scope;
            cx.scope = cx.scope.child();
            Ir.Local cap = null;
            Ir.Expr then;
            try {
                if (i.capture() != null) {
                    cap = cx.fn.newLocal(i.capture().name(), eu.payload(), false, false, false, i.capture().span());
                    if (!i.capture().name().equals("_")) cx.scope.bind(i.capture().name(), new Scope.Runtime(cap));
                }
                then = cx.exprs.expr(i.then(), expected);
            } finally {
                cx.scope = saved;
            }
            Ir.Local errCap = null;
            Ir.Expr other = null;
            if (i.otherwise() != null) {
                cx.scope = cx.scope.child();
                try {
                    if (i.elseCapture() != null) {
                        errCap = cx.fn.newLocal(i.elseCapture().name(), eu.errorSet(), false, false, false, i.elseCapture().span());
                        cx.scope.bind(i.elseCapture().name(), new Scope.Runtime(errCap));
                    }
                    other = cx.exprs.expr(i.otherwise(), expected);
                } finally {
                    cx.scope = saved;
                }
            } else {
                throw cx.error(i.span(), "error union is ignored", note(i.span(), "consider using 'try', 'catch', or 'if'"));
            }
            Type t = cx.coercions.peerType(List.of(then, other), i.span());
            Span peerSite = keyword(i.span(), 2);
            return new Ir.IfErr(c, cap, errCap, coerceBranch(then, t, i.then(), peerSite), coerceBranch(other, t, i.otherwise(), peerSite), t, i.span());
        }
        throw cx.error(i.cond().span(), "expected type 'bool', found '" + ct.name() + "'");
    }

    /** Zig's error for a comptime-only result (a bare integer literal) chosen by runtime control flow. */
    void requireRuntimeType(Type t, Span at, Span controlFlow) {
        if (t instanceof Type.ComptimeInt || t instanceof Type.ComptimeFloat || t instanceof Type.EnumLiteral) {
            throw cx.error(at, "value with comptime-only type '" + t.name() + "' depends on runtime control flow",
                    note(controlFlow, "runtime control flow here"));
        }
        if (t instanceof Type.TypeType) {
            throw cx.error(at, "value with comptime-only type 'type' depends on runtime control flow",
                    note(controlFlow, "runtime control flow here"), note(at, "types are not available at runtime"));
        }
    }

    static Span keyword(Span s, int length) {
        return new Span(s.file(), s.start(), s.start() + length);
    }

    boolean fitsBoth(Ir.Expr a, Ir.Expr b, Type t) {
        return (a.type() instanceof Type.NoReturn || tryCoerceQuiet(a, t)) && (b.type() instanceof Type.NoReturn || tryCoerceQuiet(b, t));
    }

    boolean tryCoerceQuiet(Ir.Expr e, Type t) {
        int before = cx.sema.diagnostics.size();
        try {
            return cx.coercions.tryCoerce(e, t, e.span()) != null;
        } catch (Sema.SemaError err) {
            while (cx.sema.diagnostics.size() > before) cx.sema.diagnostics.remove(cx.sema.diagnostics.size() - 1);
            return false;
        }
    }

    Ir.Expr branch(Ast.Expr e, Type expected) {
        Scope saved = cx.scope;
        cx.scope = cx.scope.child();
        try {
            return cx.exprs.expr(e, expected);
        } finally {
            cx.scope = saved;
        }
    }

    /** A branch taken or not at run time: a comptime variable may not be stored to there. */
    Ir.Expr runtimeBranch(Ast.Expr e, Type expected) {
        cx.runtimeBranches++;
        try {
            return branch(e, expected);
        } finally {
            cx.runtimeBranches--;
        }
    }

    /**
     * The type of a value chosen by run-time control flow: the result type when there is one and
     * every branch coerces to it, or when the branches have no peer type or only a comptime-only
     * one (the branch that does not fit is then reported at its own value, as Zig reports it);
     * otherwise the branches' peer type.
     */
    Type resultType(List<Ir.Expr> branches, Type expected, Span site) {
        boolean hasResult = expected != null && !(expected instanceof Type.AnyType) && !expected.isComptimeOnly();
        if (hasResult && branches.stream().allMatch(b -> b.type() instanceof Type.NoReturn || tryCoerceQuiet(b, expected))) return expected;
        if (!hasResult) return cx.coercions.peerType(branches, site);
        int before = cx.sema.diagnostics.size();
        Type peer;
        try {
            peer = cx.coercions.peerType(branches, site);
        } catch (Sema.SemaError incompatible) {
            cx.sema.diagnostics.subList(before, cx.sema.diagnostics.size()).clear();
            return expected;
        }
        return peer instanceof Type.ComptimeInt || peer instanceof Type.ComptimeFloat ? expected : peer;
    }

    /**
     * A branch's value coerced to the type of the whole. With no result type, a comptime-known
     * number that does not fit the branches' peer type is reported where Zig resolves peer types
     * ({@code peerSite}: the if, the switch, the orelse); otherwise at the branch's own value.
     */
    Ir.Expr coerceBranch(Ir.Expr e, Type t, Ast.Expr ast, Span peerSite) {
        if (e.type() instanceof Type.NoReturn) return e;
        boolean number = e.type() instanceof Type.ComptimeInt || e.type() instanceof Type.ComptimeFloat;
        return cx.coercions.coerce(e, t, peerSite != null && number ? peerSite : ast.span());
    }}
