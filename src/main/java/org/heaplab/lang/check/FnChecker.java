package org.heaplab.lang.check;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.heaplab.diag.Diagnostic;
import org.heaplab.lang.ast.Ast;
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
 * Checks a function body: statements, control flow, calls (instantiating generics), and the
 * comptime evaluation of calls whose result must be known while compiling (type functions
 * such as {@code ArrayList(i32)}, {@code comptime} expressions).
 */
final class FnChecker extends ExprChecker {
    /** A block or loop that break/continue can target. */
    private static final class LabelCtx {
        final Ir.Label label;
        final String name;
        final boolean isLoop;
        Type expected;
        boolean broken;

        LabelCtx(Ir.Label label, String name, boolean isLoop, Type expected) {
            this.label = label;
            this.name = name;
            this.isLoop = isLoop;
            this.expected = expected;
        }
    }

    private final Deque<LabelCtx> labels = new ArrayDeque<>();
    private int deferDepth;
    private final Builtins builtins = new Builtins(this);
    private int comptimeBranches;
    /** Set while checking the operand of {@code _ = x}: its branches need not agree on a type. */
    private boolean discarding;

    private boolean takeDiscard() {
        boolean d = discarding;
        discarding = false;
        return d;
    }

    /** While evaluating a function at compile time: its return type (the result type of {@code return}). */
    private Type comptimeReturnType;

    FnChecker(Sema sema, Ir.Function fn, Scope scope) {
        super(sema, fn, scope);
    }

    // ------------------------------------------------------------------ bodies

    void checkBody(Ast.FnDecl decl) {
        Ir.Block body = (Ir.Block) block(decl.body(), null);
        Type ret = fn.returnType;
        boolean voidLike = ret instanceof Type.Void || ret instanceof Type.NoReturn
                || ret instanceof Type.ErrorUnion eu && eu.payload() instanceof Type.Void;
        if (!voidLike && !(body.type() instanceof Type.NoReturn)) {
            Span end = Span.at(decl.body().span().file(), decl.body().span().end() - 1);
            throw error(decl.returnType().span(), "function with non-void return type '" + ret.name() + "' implicitly returns",
                    note(end, "control flow reaches end of body here"));
        }
        fn.body = body;
    }

    Ir.Expr block(Ast.Block b, Type expected) {
        Scope saved = scope;
        scope = scope.child();
        LabelCtx ctx = null;
        if (b.label() != null) {
            ctx = new LabelCtx(new Ir.Label(b.label(), false), b.label(), false, expected);
            labels.push(ctx);
        }
        try {
            List<Ir.Node> out = new ArrayList<>();
            boolean diverged = false;
            Ast.Stmt previous = null;
            for (Ast.Stmt s : b.stmts()) {
                // like Zig's AstGen, only a statement that leaves by syntax makes the next one unreachable
                if (previous != null && leavesBySyntax(previous)) {
                    throw error(s.span(), "unreachable code", note(previous.span(), "control flow is diverted here"));
                }
                List<Ir.Node> nodes = stmt(s);
                out.addAll(nodes);
                if (!nodes.isEmpty() && isNoReturn(nodes.get(nodes.size() - 1))) diverged = true;
                previous = s;
            }
            Type t;
            if (ctx != null) {
                t = ctx.expected != null ? ctx.expected : ctx.broken ? VOID : (diverged ? NORETURN : VOID);
                if (!ctx.broken && diverged) t = NORETURN;
                ctx.label.resultType = t;
            } else {
                t = diverged ? NORETURN : VOID;
            }
            var block = new Ir.Block(out, ctx != null ? ctx.label : null, t, b.span());
            if (ctx != null) {
                Ir.Expr folded = foldLabeled(block);
                if (folded != null) return folded;
                Span brace = new Span(b.span().file(), b.span().start() + b.label().length() + 2, b.span().start() + b.label().length() + 3);
                String text = b.span().text();
                int at = text.indexOf('{');
                if (at >= 0) brace = new Span(b.span().file(), b.span().start() + at, b.span().start() + at + 1);
                requireRuntimeType(t, brace, firstControlFlow(out, b.span()));
            }
            return block;
        } finally {
            if (ctx != null) labels.pop();
            scope = saved;
        }
    }

    /**
     * A labeled block whose first reachable break has a comptime-known value, after only
     * statements with no run-time effect, is that value (Zig evaluates it while compiling).
     */
    private Ir.Expr foldLabeled(Ir.Block b) {
        for (Ir.Node n : b.body()) {
            if (n instanceof Ir.ExprStmt es && es.expr() instanceof Ir.Break br && br.target() == b.label()) {
                Value v = br.value() == null ? Value.VoidV.INSTANCE : constValue(br.value());
                if (v == null) return null;
                return konst(br.value() == null ? VOID : b.type() instanceof Type.NoReturn ? br.value().type() : b.type(), v, b.span());
            }
            boolean pure = n instanceof Ir.VarDecl vd && vd.init() instanceof Ir.Const && !vd.local().mutable
                    || n instanceof Ir.ExprStmt es2 && es2.expr() instanceof Ir.Const
                    || n instanceof Ir.Discard d && d.value() instanceof Ir.Const;
            if (!pure) return null;
        }
        return null;
    }

    private static Span firstControlFlow(List<Ir.Node> body, Span fallback) {
        for (Ir.Node n : body) {
            if (n instanceof Ir.ExprStmt es) {
                Ir.Expr e = es.expr();
                if (e instanceof Ir.IfElse ie) return ie.cond().span();
                if (e instanceof Ir.IfOpt io) return io.operand().span();
                if (e instanceof Ir.IfErr ie2) return ie2.operand().span();
                if (e instanceof Ir.Switch sw) return sw.operand().span();
                if (e instanceof Ir.While w) return w.cond().span();
            }
        }
        return fallback;
    }

    private static boolean leavesBySyntax(Ast.Stmt s) {
        return s instanceof Ast.ExprStmt es && (es.expr() instanceof Ast.Return || es.expr() instanceof Ast.Break
                || es.expr() instanceof Ast.Continue || es.expr() instanceof Ast.Unreachable);
    }

    private static boolean isNoReturn(Ir.Node n) {
        if (n instanceof Ir.ExprStmt es) return es.expr().type() instanceof Type.NoReturn;
        return false;
    }

    // ------------------------------------------------------------------ statements

    List<Ir.Node> stmt(Ast.Stmt s) {
        return switch (s) {
            case Ast.VarDecl v -> varDecl(v);
            case Ast.Assign a -> assignStmt(a);
            case Ast.Defer d -> List.of(defer(d));
            case Ast.ExprStmt es -> List.of(exprStmt(es));
        };
    }

    private List<Ir.Node> varDecl(Ast.VarDecl v) {
        if (fn == null) throw error(v.span(), "unable to evaluate comptime expression");
        if (v.init() == null) throw error(v.span(), "variables must be initialized");
        if (v.isComptime() && !v.isConst()) throw error(v.span(), "Heap Lab does not support 'comptime var' yet");
        Type declared = v.type() != null ? typeOf(v.type()) : null;
        Ir.Expr init = declared != null ? exprAs(v.init(), declared) : expr(v.init(), null);
        Type t = declared != null ? declared : init.type();
        if (t instanceof Type.NoReturn) return List.of(new Ir.ExprStmt(init, v.span()));
        Value cv = constValue(init);
        boolean comptimeOnly = t.isComptimeOnly() || t instanceof Type.Null || t instanceof Type.Undefined;
        if (!v.isConst() && comptimeOnly) {
            throw error(v.nameSpan(), "variable of type '" + t.name() + "' must be const or comptime",
                    note(v.nameSpan(), "to modify this variable at runtime, it must be given an explicit fixed-size number type"));
        }
        if (v.isConst() && (comptimeOnly || v.isComptime())) {
            if (cv == null) throw error(v.init().span(), "unable to resolve comptime value");
            scope.bind(v.name(), new Scope.Comptime(t, cv));
            return List.of();
        }
        if (t instanceof Type.Void && v.isConst()) {
            scope.bind(v.name(), new Scope.Comptime(t, Value.VoidV.INSTANCE));
            return List.of(new Ir.ExprStmt(init, v.span()));
        }
        Layout.sizeOf(t); // a runtime variable needs its type's layout now (a struct that holds itself is reported here)
        Ir.Local l = fn.newLocal(v.name(), t, !v.isConst(), false, false, v.nameSpan());
        if (v.isConst() && cv != null && !(cv instanceof Value.UndefV)) l.comptimeValue = cv;
        scope.bind(v.name(), new Scope.Runtime(l));
        return List.of(new Ir.VarDecl(l, init, v.span()));
    }

    private List<Ir.Node> assignStmt(Ast.Assign a) {
        if (a.target() instanceof Ast.Identifier id && id.name().equals("_") && a.op() == null) {
            discarding = true;
            Ir.Expr v;
            try {
                v = expr(a.value(), null);
            } finally {
                discarding = false;
            }
            return List.of(new Ir.Discard(v, a.span()));
        }
        if (a.op() == null) return List.of(new Ir.ExprStmt(assignExpr(a), a.span()));
        Ir.Expr target = expr(a.target(), null);
        checkAssignable(target, a.target().span());
        Type t = target.type();
        Ir.BinOp op = switch (a.op()) {
            case ADD -> Ir.BinOp.ADD;
            case SUB -> Ir.BinOp.SUB;
            case MUL -> Ir.BinOp.MUL;
            case DIV -> Ir.BinOp.DIV_TRUNC;
            case MOD -> Ir.BinOp.REM;
            case ADD_WRAP -> Ir.BinOp.ADD_WRAP;
            case SUB_WRAP -> Ir.BinOp.SUB_WRAP;
            case MUL_WRAP -> Ir.BinOp.MUL_WRAP;
            case ADD_SAT -> Ir.BinOp.ADD_SAT;
            case SUB_SAT -> Ir.BinOp.SUB_SAT;
            case MUL_SAT -> Ir.BinOp.MUL_SAT;
            case SHL -> Ir.BinOp.SHL;
            case SHL_SAT -> Ir.BinOp.SHL_SAT;
            case SHR -> Ir.BinOp.SHR;
            case BIT_AND -> Ir.BinOp.BIT_AND;
            case BIT_OR -> Ir.BinOp.BIT_OR;
            case BIT_XOR -> Ir.BinOp.BIT_XOR;
            default -> throw error(a.opSpan(), "invalid assignment operator");
        };
        if (!isNumeric(t)) throw error(a.opSpan(), "invalid operands to binary expression: '" + t.name() + "'");
        Ir.Expr value;
        if (op == Ir.BinOp.SHL || op == Ir.BinOp.SHR || op == Ir.BinOp.SHL_SAT) {
            Type.Int it = (Type.Int) t;
            Type.Int amount = new Type.Int(Math.max(1, 64 - Long.numberOfLeadingZeros(it.bits() - 1)), false);
            value = exprAs(a.value(), amount);
        } else {
            value = exprAs(a.value(), t);
            if ((op == Ir.BinOp.DIV_TRUNC || op == Ir.BinOp.REM) && t instanceof Type.Int it && it.signed()) {
                throw error(a.opSpan(), (op == Ir.BinOp.DIV_TRUNC ? "division" : "remainder division") + " with '" + t.name()
                        + "' and '" + t.name() + "': signed integers must use "
                        + (op == Ir.BinOp.DIV_TRUNC ? "@divTrunc, @divFloor, or @divExact" : "@rem or @mod"));
            }
        }
        return List.of(new Ir.CompoundAssign(op, target, value, a.opSpan()));
    }

    @Override
    Ir.Expr assignExpr(Ast.Assign a) {
        if (a.op() != null) {
            List<Ir.Node> nodes = assignStmt(a);
            return new Ir.Block(nodes, null, VOID, a.span());
        }
        if (a.target() instanceof Ast.Identifier id && id.name().equals("_")) {
            return new Ir.Block(List.of(new Ir.Discard(expr(a.value(), null), a.span())), null, VOID, a.span());
        }
        Ir.Expr target = expr(a.target(), null);
        checkAssignable(target, a.target().span());
        Ir.Expr value = exprAs(a.value(), target.type());
        return new Ir.Assign(target, value, a.span());
    }

    private void checkAssignable(Ir.Expr target, Span span) {
        if (!isPlace(target) || !isMutablePlace(target)) throw error(span, "cannot assign to constant");
    }

    private Ir.Node defer(Ast.Defer d) {
        if (fn == null) throw error(d.span(), "defer is not allowed at comptime");
        Scope saved = scope;
        scope = scope.child();
        deferDepth++;
        try {
            Ir.Local capture = null;
            if (d.capture() != null) {
                Type es = fn.returnType instanceof Type.ErrorUnion eu ? eu.errorSet() : ErrorSetType.ANYERROR;
                capture = fn.newLocal(d.capture(), es, false, false, false, d.span());
                scope.bind(d.capture(), new Scope.Runtime(capture));
            }
            Ir.Expr body = expr(d.body(), null);
            requireVoid(body, d.body());
            return new Ir.Defer(d.isErr(), capture, body, d.span());
        } finally {
            deferDepth--;
            scope = saved;
        }
    }

    private Ir.Node exprStmt(Ast.ExprStmt es) {
        Ir.Expr e = expr(es.expr(), null);
        requireVoid(e, es.expr());
        return new Ir.ExprStmt(e, es.span());
    }

    /** Zig's rule that values may not be silently dropped. */
    private void requireVoid(Ir.Expr e, Ast.Expr ast) {
        Type t = e.type();
        if (t instanceof Type.Void || t instanceof Type.NoReturn) return;
        Span at = ast instanceof Ast.Call c ? c.lparen() : ast.span();
        if (t instanceof Type.ErrorUnion) {
            throw error(at, "error union is ignored", note(at, "consider using 'try', 'catch', or 'if'"));
        }
        if (t instanceof ErrorSetType) {
            throw error(at, "error set is ignored", note(at, "consider using 'try', 'catch', or 'if'"));
        }
        throw error(at, "value of type '" + t.name() + "' ignored", note(at, "all non-void values must be used"),
                note(at, "to discard the value, assign it to '_'"));
    }

    // ------------------------------------------------------------------ control flow

    @Override
    Ir.Expr controlFlow(Ast.Expr e, Type expected) {
        return switch (e) {
            case Ast.Try t -> tryExpr(t);
            case Ast.Catch c -> catchExpr(c, expected);
            case Ast.Orelse o -> orelse(o, expected);
            case Ast.If i -> ifExpr(i, expected);
            case Ast.Switch s -> switchExpr(s, expected);
            case Ast.Block b -> b.stmts().isEmpty() && b.label() == null ? konst(VOID, Value.VoidV.INSTANCE, b.span()) : block(b, expected);
            case Ast.While w -> whileExpr(w, expected);
            case Ast.For f -> forExpr(f, expected);
            case Ast.Break b -> breakExpr(b);
            case Ast.Continue c -> continueExpr(c);
            case Ast.Return r -> returnExpr(r);
            case Ast.Unreachable u -> {
                if (comptimeMode && fn == null) throw error(u.span(), "reached unreachable code");
                yield new Ir.Unreachable(u.span());
            }
            default -> throw error(e.span(), "Heap Lab does not support this expression yet");
        };
    }

    private Ir.Expr tryExpr(Ast.Try t) {
        if (deferDepth > 0) throw error(t.span(), "'try' not allowed inside defer expression");
        Ir.Expr o = expr(t.operand(), null);
        if (!(o.type() instanceof Type.ErrorUnion eu)) {
            if (o.type() instanceof ErrorSetType) return o;
            throw error(t.operand().span(), "expected error union type, found '" + o.type().name() + "'");
        }
        if (fn == null) {
            Value v = constValue(o);
            if (v instanceof Value.ErrorV ev) throw error(t.span(), "error." + ev.name() + " returned at compile time");
            throw error(t.span(), "unable to resolve comptime value");
        }
        Span trySpan = new Span(t.span().file(), t.span().start(), t.span().start() + 3);
        if (!(fn.returnType instanceof Type.ErrorUnion reu)) {
            Span retSpan = fnReturnTypeSpan();
            throw error(trySpan, "expected type '" + fn.returnType.name() + "', found '" + eu.errorSet().name() + "'",
                    note(retSpan, "function cannot return an error"));
        }
        if (!errorSetCoerces(eu.errorSet(), reu.errorSet())) {
            throw error(trySpan, "expected type '" + reu.errorSet().name() + "', found '" + eu.errorSet().name() + "'");
        }
        return new Ir.Try(o, eu.payload(), trySpan);
    }

    private Span fnReturnTypeSpan() {
        if (fn.ref != null) return fn.ref.decl().returnType().span();
        return fn.span;
    }

    private Ir.Expr catchExpr(Ast.Catch c, Type expected) {
        boolean discard = takeDiscard();
        Ir.Expr o = expr(c.left(), expected instanceof Type.ErrorUnion ? expected : null);
        if (!(o.type() instanceof Type.ErrorUnion eu)) {
            throw error(c.opSpan(), "expected error union type, found '" + o.type().name() + "'");
        }
        Scope saved = scope;
        scope = scope.child();
        try {
            Ir.Local capture = null;
            if (c.capture() != null) {
                if (fn == null) throw error(c.span(), "unable to resolve comptime value");
                capture = fn.newLocal(c.capture(), eu.errorSet(), false, false, false, c.captureSpan());
                scope.bind(c.capture(), new Scope.Runtime(capture));
            }
            Ir.Expr h = expr(c.right(), eu.payload());
            if (discard) return new Ir.Catch(o, capture, h, eu.payload(), c.opSpan());
            Type t = peerType(List.of(konstPlaceholder(eu.payload(), c.left().span()), h), c.opSpan());
            if (!(h.type() instanceof Type.NoReturn)) h = coerce(h, eu.payload(), c.right().span());
            if (t instanceof Type.NoReturn) t = eu.payload();
            return new Ir.Catch(o, capture, h, eu.payload(), c.opSpan());
        } finally {
            scope = saved;
        }
    }

    private static Ir.Expr konstPlaceholder(Type t, Span span) {
        return new Ir.Const(t, Value.UndefV.INSTANCE, span);
    }

    private Ir.Expr orelse(Ast.Orelse o, Type expected) {
        Ir.Expr opt = expr(o.left(), expected != null ? new Type.Optional(expected) : null);
        if (!(opt.type() instanceof Type.Optional ot)) {
            throw error(o.opSpan(), "expected optional type, found '" + opt.type().name() + "'");
        }
        Ir.Expr f = expr(o.right(), ot.child());
        Type t = ot.child();
        if (!(f.type() instanceof Type.NoReturn)) {
            Ir.Expr c = tryCoerce(f, t, o.right().span());
            if (c == null && f.type() instanceof Type.Optional) {
                t = f.type();
                return new Ir.Orelse(coerce(opt, new Type.Optional(t), o.left().span()), f, t, o.opSpan());
            }
            f = coerce(f, t, o.right().span());
        }
        Value cv = constValue(opt);
        if (cv instanceof Value.OptionalV ov) return konst(t, ov.payload(), o.span());
        if (cv instanceof Value.NullV) return f;
        return new Ir.Orelse(opt, f, t, o.opSpan());
    }

    private Ir.Expr ifExpr(Ast.If i, Type expected) {
        boolean discard = takeDiscard();
        Ir.Expr c = expr(i.cond(), null);
        Type ct = c.type();
        if (i.capture() == null && (ct instanceof Type.Bool)) {
            Value cv = constValue(c);
            if (cv instanceof Value.BoolV b) {
                // Zig analyses only the branch a comptime-known condition takes
                if (b.value()) return branch(i.then(), expected);
                if (i.otherwise() != null) return branch(i.otherwise(), expected);
                return konst(VOID, Value.VoidV.INSTANCE, i.span());
            }
            Ir.Expr then = branch(i.then(), expected);
            if (i.otherwise() == null) {
                requireVoid(then, i.then());
                return new Ir.IfElse(c, then, null, VOID, i.span());
            }
            Ir.Expr other = branch(i.otherwise(), expected);
            if (discard) return new Ir.IfElse(c, then, other, VOID, i.span());
            Type t = expected != null && !(expected instanceof Type.AnyType) && fitsBoth(then, other, expected) ? expected
                    : peerType(List.of(then, other), i.span());
            requireRuntimeType(t, keyword(i.span(), 2), i.cond().span());
            return new Ir.IfElse(c, coerceBranch(then, t, i.then()), coerceBranch(other, t, i.otherwise()), t, i.span());
        }
        if (ct instanceof Type.Optional ot) {
            if (fn == null) {
                Value cv = constValue(c);
                if (cv instanceof Value.NullV) return i.otherwise() != null ? branch(i.otherwise(), expected) : konst(VOID, Value.VoidV.INSTANCE, i.span());
            }
            Scope saved = scope;
            scope = scope.child();
            Ir.Local cap = null;
            boolean byRef = i.capture() != null && i.capture().byRef();
            Ir.Expr then;
            try {
                if (i.capture() != null) {
                    Type capType = byRef ? new Type.Pointer(Type.PtrSize.ONE, ot.child(), !isMutablePlace(c)) : ot.child();
                    if (byRef) {
                        if (!isPlace(c)) c = materialize(c, i.cond().span());
                        markAddressTaken(c);
                    }
                    cap = fn.newLocal(i.capture().name(), capType, false, false, false, i.capture().span());
                    if (!i.capture().name().equals("_")) scope.bind(i.capture().name(), new Scope.Runtime(cap));
                }
                then = expr(i.then(), expected);
            } finally {
                scope = saved;
            }
            Ir.Expr other = i.otherwise() != null ? branch(i.otherwise(), expected) : null;
            Type t = other == null ? VOID : peerType(List.of(then, other), i.span());
            if (other == null) requireVoid(then, i.then());
            return new Ir.IfOpt(c, cap, byRef, coerceBranch(then, t, i.then()), other == null ? null : coerceBranch(other, t, i.otherwise()), t, i.span());
        }
        if (ct instanceof Type.ErrorUnion eu) {
            Scope saved = scope;
            scope = scope.child();
            Ir.Local cap = null;
            Ir.Expr then;
            try {
                if (i.capture() != null) {
                    cap = fn.newLocal(i.capture().name(), eu.payload(), false, false, false, i.capture().span());
                    if (!i.capture().name().equals("_")) scope.bind(i.capture().name(), new Scope.Runtime(cap));
                }
                then = expr(i.then(), expected);
            } finally {
                scope = saved;
            }
            Ir.Local errCap = null;
            Ir.Expr other = null;
            if (i.otherwise() != null) {
                scope = scope.child();
                try {
                    if (i.elseCapture() != null) {
                        errCap = fn.newLocal(i.elseCapture().name(), eu.errorSet(), false, false, false, i.elseCapture().span());
                        scope.bind(i.elseCapture().name(), new Scope.Runtime(errCap));
                    }
                    other = expr(i.otherwise(), expected);
                } finally {
                    scope = saved;
                }
            } else {
                throw error(i.span(), "error union is ignored", note(i.span(), "consider using 'try', 'catch', or 'if'"));
            }
            Type t = peerType(List.of(then, other), i.span());
            return new Ir.IfErr(c, cap, errCap, coerceBranch(then, t, i.then()), coerceBranch(other, t, i.otherwise()), t, i.span());
        }
        throw error(i.cond().span(), "expected type 'bool', found '" + ct.name() + "'");
    }

    /** Zig's error for a comptime-only result (a bare integer literal) chosen by runtime control flow. */
    private void requireRuntimeType(Type t, Span at, Span controlFlow) {
        if (t instanceof Type.ComptimeInt || t instanceof Type.ComptimeFloat || t instanceof Type.EnumLiteral) {
            throw error(at, "value with comptime-only type '" + t.name() + "' depends on runtime control flow",
                    note(controlFlow, "runtime control flow here"));
        }
    }

    private static Span keyword(Span s, int length) {
        return new Span(s.file(), s.start(), s.start() + length);
    }

    private boolean fitsBoth(Ir.Expr a, Ir.Expr b, Type t) {
        return (a.type() instanceof Type.NoReturn || tryCoerceQuiet(a, t)) && (b.type() instanceof Type.NoReturn || tryCoerceQuiet(b, t));
    }

    private boolean tryCoerceQuiet(Ir.Expr e, Type t) {
        int before = sema.diagnostics.size();
        try {
            return tryCoerce(e, t, e.span()) != null;
        } catch (Sema.SemaError err) {
            while (sema.diagnostics.size() > before) sema.diagnostics.remove(sema.diagnostics.size() - 1);
            return false;
        }
    }

    private Ir.Expr branch(Ast.Expr e, Type expected) {
        Scope saved = scope;
        scope = scope.child();
        try {
            return expr(e, expected);
        } finally {
            scope = saved;
        }
    }

    private Ir.Expr coerceBranch(Ir.Expr e, Type t, Ast.Expr ast) {
        if (e.type() instanceof Type.NoReturn) return e;
        return coerce(e, t, ast.span());
    }

    private Ir.Expr switchExpr(Ast.Switch s, Type expected) {
        boolean discard = takeDiscard();
        Ir.Expr o = expr(s.operand(), null);
        Type ot = o.type();
        UnionType union = ot instanceof UnionType u && u.tag() != null ? u : null;
        Type itemType = union != null ? union.tag() : ot;
        if (ot instanceof Type.ComptimeInt) itemType = COMPTIME_INT;
        boolean okOperand = itemType instanceof Type.Int || itemType instanceof Type.ComptimeInt || itemType instanceof EnumType
                || itemType instanceof Type.Bool || itemType instanceof ErrorSetType || itemType instanceof Type.EnumLiteral;
        if (!okOperand) throw error(s.operand().span(), "switch on type '" + ot.name() + "'");
        Value operandValue = constValue(o);
        List<Ir.Prong> prongs = new ArrayList<>();
        List<Ir.Expr> bodies = new ArrayList<>();
        boolean hasElse = false;
        java.util.Set<String> covered = new java.util.HashSet<>();
        for (Ast.SwitchCase sc : s.cases()) {
            List<Value> items = new ArrayList<>();
            List<Value[]> ranges = new ArrayList<>();
            for (Ast.Expr item : sc.items()) {
                Value v = comptimeValue(item, scope, itemType);
                items.add(v);
                covered.add(coverKey(v));
            }
            for (Ast.Expr[] r : sc.ranges()) {
                ranges.add(new Value[] {comptimeValue(r[0], scope, itemType), comptimeValue(r[1], scope, itemType)});
            }
            if (sc.isElse()) hasElse = true;
            boolean taken = operandValue == null || sc.isElse() && !anyProngMatches(s, operandValue, itemType)
                    || matches(operandValue, items, ranges);
            if (!taken) continue;
            Scope saved = scope;
            scope = scope.child();
            try {
                Ir.Local cap = null;
                boolean byRef = sc.capture() != null && sc.capture().byRef();
                if (sc.capture() != null) {
                    Type capType;
                    if (union != null && !sc.isElse()) {
                        Type payload = null;
                        for (Value v : items) {
                            Type pt = union.fields().get(((Value.EnumV) v).index()).type();
                            if (payload != null && !sameType(payload, pt)) throw error(sc.capture().span(), "capture group with incompatible types");
                            payload = pt;
                        }
                        capType = payload == null ? VOID : payload;
                    } else {
                        capType = ot;
                    }
                    if (byRef) {
                        if (!isPlace(o)) o = materialize(o, s.operand().span());
                        markAddressTaken(o);
                        capType = new Type.Pointer(Type.PtrSize.ONE, capType, !isMutablePlace(o));
                    }
                    if (fn == null) {
                        Value capVal = operandValue instanceof Value.UnionV uv ? uv.payload() : operandValue;
                        scope.bind(sc.capture().name(), new Scope.Comptime(capType, capVal));
                    } else {
                        cap = fn.newLocal(sc.capture().name(), capType, false, false, false, sc.capture().span());
                        if (!sc.capture().name().equals("_")) scope.bind(sc.capture().name(), new Scope.Runtime(cap));
                    }
                }
                Ir.Expr body = expr(sc.body(), expected);
                bodies.add(body);
                prongs.add(new Ir.Prong(items, ranges, sc.isElse(), cap, byRef, body, sc.span()));
            } finally {
                scope = saved;
            }
            if (operandValue != null) break;
        }
        if (operandValue == null && !hasElse) checkExhaustive(s, itemType, covered);
        Type t = discard ? VOID : expected != null && !(expected instanceof Type.AnyType)
                && bodies.stream().allMatch(b -> b.type() instanceof Type.NoReturn || tryCoerceQuiet(b, expected))
                ? expected : peerType(bodies, s.span());
        if (operandValue != null) {
            if (prongs.isEmpty()) throw error(s.span(), "switch must handle all possibilities");
            return coerceBranch(prongs.get(0).body(), t, s.cases().get(0).body());
        }
        requireRuntimeType(t, keyword(s.span(), 6), s.operand().span());
        List<Ir.Prong> coerced = new ArrayList<>();
        for (Ir.Prong p : prongs) {
            coerced.add(new Ir.Prong(p.items(), p.ranges(), p.isElse(), p.capture(), p.captureByRef(),
                    p.body().type() instanceof Type.NoReturn || discard ? p.body() : coerce(p.body(), t, p.span()), p.span()));
        }
        return new Ir.Switch(o, coerced, t, s.span());
    }

    private boolean anyProngMatches(Ast.Switch s, Value v, Type itemType) {
        for (Ast.SwitchCase sc : s.cases()) {
            if (sc.isElse()) continue;
            List<Value> items = new ArrayList<>();
            for (Ast.Expr item : sc.items()) items.add(comptimeValue(item, scope, itemType));
            List<Value[]> ranges = new ArrayList<>();
            for (Ast.Expr[] r : sc.ranges()) ranges.add(new Value[] {comptimeValue(r[0], scope, itemType), comptimeValue(r[1], scope, itemType)});
            if (matches(v, items, ranges)) return true;
        }
        return false;
    }

    private static boolean matches(Value v, List<Value> items, List<Value[]> ranges) {
        Value key = v instanceof Value.UnionV uv ? new Value.EnumV(uv.type().tag(), uv.fieldIndex()) : v;
        for (Value item : items) if (Boolean.TRUE.equals(Folding.compare(Ir.CmpOp.EQ, key, item)) || item.equals(key)) return true;
        for (Value[] r : ranges) {
            if (Boolean.TRUE.equals(Folding.compare(Ir.CmpOp.GE, key, r[0])) && Boolean.TRUE.equals(Folding.compare(Ir.CmpOp.LE, key, r[1]))) return true;
        }
        return false;
    }

    private static String coverKey(Value v) {
        return switch (v) {
            case Value.EnumV e -> "e" + e.index();
            case Value.BoolV b -> "b" + b.value();
            case Value.ErrorV e -> "x" + e.name();
            default -> v.show();
        };
    }

    private void checkExhaustive(Ast.Switch s, Type itemType, java.util.Set<String> covered) {
        boolean complete = switch (itemType) {
            case EnumType et -> {
                boolean all = true;
                for (int i = 0; i < et.fields().size(); i++) if (!covered.contains("e" + i)) all = false;
                yield all;
            }
            case Type.Bool b -> covered.contains("btrue") && covered.contains("bfalse");
            case ErrorSetType es -> es.names() != null && !es.isInferred() && es.names().stream().allMatch(n -> covered.contains("x" + n));
            default -> false;
        };
        if (!complete) throw error(s.span(), "switch must handle all possibilities");
    }

    private Ir.Expr whileExpr(Ast.While w, Type expected) {
        if (fn == null) throw error(w.span(), "Heap Lab cannot evaluate loops at compile time yet");
        var ctx = new LabelCtx(new Ir.Label(w.label(), true), w.label(), true, expected);
        Ir.Expr cond = expr(w.cond(), null);
        Scope saved = scope;
        scope = scope.child();
        labels.push(ctx);
        try {
            Ir.WhileKind kind;
            Ir.Local cap = null;
            boolean byRef = w.capture() != null && w.capture().byRef();
            if (cond.type() instanceof Type.Bool) {
                kind = Ir.WhileKind.BOOL;
                if (w.capture() != null) throw error(w.capture().span(), "expected optional type, found 'bool'");
            } else if (cond.type() instanceof Type.Optional ot) {
                kind = Ir.WhileKind.OPTIONAL;
                if (w.capture() != null) {
                    Type capType = ot.child();
                    if (byRef) {
                        if (!isPlace(cond)) cond = materialize(cond, w.cond().span());
                        markAddressTaken(cond);
                        capType = new Type.Pointer(Type.PtrSize.ONE, ot.child(), !isMutablePlace(cond));
                    }
                    cap = fn.newLocal(w.capture().name(), capType, false, false, false, w.capture().span());
                    if (!w.capture().name().equals("_")) scope.bind(w.capture().name(), new Scope.Runtime(cap));
                }
            } else if (cond.type() instanceof Type.ErrorUnion eu) {
                kind = Ir.WhileKind.ERROR_UNION;
                if (w.capture() != null) {
                    cap = fn.newLocal(w.capture().name(), eu.payload(), false, false, false, w.capture().span());
                    scope.bind(w.capture().name(), new Scope.Runtime(cap));
                }
            } else {
                throw error(w.cond().span(), "expected type 'bool', found '" + cond.type().name() + "'");
            }
            Ir.Node cont = null;
            if (w.cont() != null) {
                Ir.Expr ce = expr(w.cont(), null);
                requireVoid(ce, w.cont());
                cont = new Ir.ExprStmt(ce, w.cont().span());
            }
            Ir.Expr body = expr(w.body(), null);
            requireVoid(body, w.body());
            labels.pop();
            scope = saved;
            Ir.Local elseCap = null;
            Ir.Expr other = null;
            if (w.otherwise() != null) {
                scope = scope.child();
                if (w.elseCapture() != null && cond.type() instanceof Type.ErrorUnion eu) {
                    elseCap = fn.newLocal(w.elseCapture().name(), eu.errorSet(), false, false, false, w.elseCapture().span());
                    scope.bind(w.elseCapture().name(), new Scope.Runtime(elseCap));
                }
                other = expr(w.otherwise(), ctx.expected);
                scope = saved;
            }
            Type t;
            if (other != null) {
                t = ctx.expected != null ? ctx.expected : other.type();
                if (!(other.type() instanceof Type.NoReturn)) other = coerce(other, t, w.otherwise().span());
            } else {
                t = ctx.expected != null && ctx.broken ? ctx.expected : VOID;
                if (kind == Ir.WhileKind.BOOL && constValue(cond) instanceof Value.BoolV b && b.value() && !ctx.broken) t = NORETURN;
            }
            ctx.label.resultType = t;
            return new Ir.While(ctx.label, kind, cond, cap, byRef, cont, body, elseCap, other, t, w.span());
        } finally {
            if (!labels.isEmpty() && labels.peek() == ctx) labels.pop();
            scope = saved;
        }
    }

    private Ir.Expr forExpr(Ast.For f, Type expected) {
        if (fn == null) throw error(f.span(), "Heap Lab cannot evaluate loops at compile time yet");
        var ctx = new LabelCtx(new Ir.Label(f.label(), true), f.label(), true, expected);
        List<Ir.ForInput> inputs = new ArrayList<>();
        boolean bounded = false;
        for (Ast.ForInput in : f.inputs()) {
            if (in.isRange()) {
                Ir.Expr start = exprAs(in.expr(), USIZE);
                Ir.Expr end = in.rangeEnd() != null ? exprAs(in.rangeEnd(), USIZE) : null;
                if (end != null) bounded = true;
                inputs.add(new Ir.ForInput(null, start, end, in.span()));
            } else {
                Ir.Expr obj = expr(in.expr(), null);
                Type t = obj.type();
                if (t instanceof Type.Array) {
                    if (!isPlace(obj)) obj = materialize(obj, in.span());
                    markAddressTaken(obj);
                } else if (t instanceof StructType st && st.isTuple()) {
                    throw error(in.span(), f.isInline() ? "Heap Lab does not support 'inline for' over a tuple yet"
                            : "unable to iterate over a tuple at run time", note(in.span(), "an 'inline for' can"));
                } else if (!(t instanceof Type.Pointer p && (p.isSlice() || p.size() == Type.PtrSize.ONE && p.child() instanceof Type.Array))) {
                    if (t instanceof Type.Pointer p2 && p2.size() == Type.PtrSize.MANY) {
                        throw error(in.span(), "type '" + t.name() + "' is not indexable and not a range", note(in.span(), "for loop operand must be a range, array, slice, tuple, or vector"));
                    }
                    throw error(in.span(), "type '" + t.name() + "' is not indexable and not a range",
                            note(in.span(), "for loop operand must be a range, array, slice, tuple, or vector"));
                }
                bounded = true;
                inputs.add(new Ir.ForInput(obj, null, null, in.span()));
            }
        }
        if (!bounded) throw error(f.span(), "unbounded for loop");
        if (f.captures().size() != f.inputs().size()) {
            throw error(f.span(), "for input and capture count mismatch");
        }
        Scope saved = scope;
        scope = scope.child();
        labels.push(ctx);
        try {
            List<Ir.Local> caps = new ArrayList<>();
            List<Boolean> byRef = new ArrayList<>();
            for (int i = 0; i < f.captures().size(); i++) {
                Ast.Capture c = f.captures().get(i);
                Ir.ForInput in = inputs.get(i);
                Type capType;
                if (in.isRange()) {
                    if (c.byRef()) throw error(c.span(), "pointer capture of a range");
                    capType = USIZE;
                } else {
                    Type elem = elementType(in.object().type());
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
                Ir.Local l = fn.newLocal(c.name(), capType, false, false, false, c.span());
                caps.add(l);
                byRef.add(c.byRef());
                if (!c.name().equals("_")) scope.bind(c.name(), new Scope.Runtime(l));
            }
            Ir.Local index = fn.newLocal("for index", USIZE, true, false, true, f.span());
            Ir.Local length = fn.newLocal("for length", USIZE, true, false, true, f.span());
            Ir.Expr body = expr(f.body(), null);
            requireVoid(body, f.body());
            labels.pop();
            scope = saved;
            Ir.Expr other = null;
            if (f.otherwise() != null) other = branch(f.otherwise(), ctx.expected);
            Type t = other != null ? (ctx.expected != null ? ctx.expected : other.type()) : (ctx.broken && ctx.expected != null ? ctx.expected : VOID);
            if (other != null && !(other.type() instanceof Type.NoReturn)) other = coerce(other, t, f.otherwise().span());
            ctx.label.resultType = t;
            return new Ir.For(ctx.label, inputs, caps, byRef, index, length, body, other, t, f.span());
        } finally {
            if (!labels.isEmpty() && labels.peek() == ctx) labels.pop();
            scope = saved;
        }
    }

    /** Where the label of {@code break :label} starts (Zig points there when the label is unknown). */
    private static Span labelSpan(Span breakSpan) {
        String text = breakSpan.file().text();
        int colon = text.indexOf(':', breakSpan.start());
        return colon >= 0 && colon < breakSpan.end() ? new Span(breakSpan.file(), colon + 1, breakSpan.end()) : breakSpan;
    }

    private LabelCtx findLabel(String name, boolean loopOnly, Span span, String what) {
        for (LabelCtx c : labels) {
            if (name == null ? c.isLoop : name.equals(c.name)) {
                if (loopOnly && !c.isLoop) throw error(span, "continue outside of loop");
                return c;
            }
        }
        if (name != null) throw error(labelSpan(span), "label not found: '" + name + "'");
        throw error(span, what + " expression outside loop");
    }

    private Ir.Expr breakExpr(Ast.Break b) {
        if (deferDepth > 0) throw error(b.span(), "cannot break out of defer expression");
        LabelCtx ctx = findLabel(b.label(), false, b.span(), "break");
        ctx.broken = true;
        Ir.Expr value = null;
        if (b.value() != null) {
            value = expr(b.value(), ctx.expected);
            if (ctx.expected != null) {
                value = coerce(value, ctx.expected, b.value().span());
            } else if (!(value.type() instanceof Type.NoReturn)) {
                ctx.expected = value.type();
                if (ctx.expected instanceof Type.ComptimeInt || ctx.expected instanceof Type.ComptimeFloat) {
                    // a comptime-known result: keep it comptime (Zig resolves it to the peer type)
                    ctx.expected = value.type();
                }
            }
        } else if (ctx.expected != null && !(ctx.expected instanceof Type.Void) && !ctx.isLoop) {
            throw error(b.span(), "expected type '" + ctx.expected.name() + "', found 'void'");
        }
        return new Ir.Break(ctx.label, value, b.span());
    }

    private Ir.Expr continueExpr(Ast.Continue c) {
        if (deferDepth > 0) throw error(c.span(), "cannot continue out of defer expression");
        LabelCtx ctx = findLabel(c.label(), true, c.span(), "continue");
        return new Ir.Continue(ctx.label, c.span());
    }

    private Ir.Expr returnExpr(Ast.Return r) {
        if (deferDepth > 0) throw error(r.span(), "cannot return from defer expression");
        if (fn == null) throw error(r.span(), "unable to evaluate comptime expression");
        Span kw = new Span(r.span().file(), r.span().start(), r.span().start() + 6);
        Type rt = fn.returnType;
        if (r.value() == null) {
            boolean ok = rt instanceof Type.Void || rt instanceof Type.ErrorUnion eu && eu.payload() instanceof Type.Void;
            if (!ok) throw error(r.span(), "expected type '" + rt.name() + "', found 'void'", note(fnReturnTypeSpan(), "function return type declared here"));
            return new Ir.Return(null, kw);
        }
        Ir.Expr v = expr(r.value(), rt);
        Ir.Expr c = tryCoerce(v, rt, r.value().span());
        if (c == null) {
            throw error(r.value().span(), "expected type '" + rt.name() + "', found '" + v.type().name() + "'",
                    note(fnReturnTypeSpan(), "function return type declared here"));
        }
        return new Ir.Return(c, kw);
    }

    // ------------------------------------------------------------------ temporaries

    @Override
    Ir.Expr materialize(Ir.Expr value, Span span) {
        if (fn == null) throw error(span, "unable to resolve comptime value");
        Ir.Local tmp = fn.newLocal("tmp", value.type(), true, false, true, span);
        tmp.addressTaken = true;
        var label = new Ir.Label(null, false);
        Type ptr = new Type.Pointer(Type.PtrSize.ONE, value.type(), false);
        label.resultType = ptr;
        var ref = new Ir.LocalRef(tmp, span);
        List<Ir.Node> body = List.of(new Ir.VarDecl(tmp, value, span),
                new Ir.ExprStmt(new Ir.Break(label, new Ir.AddrOf(ref, ptr, span), span), span));
        return new Ir.Deref(new Ir.Block(body, label, ptr, span), value.type(), span);
    }

    // ------------------------------------------------------------------ builtins and comptime

    @Override
    Ir.Expr builtin(Ast.BuiltinCall b, Type expected) {
        return builtins.check(b, expected);
    }

    // ------------------------------------------------------------------ calls

    @Override
    Ir.Expr call(Ast.Call c, Type expected) {
        if (c.callee() instanceof Ast.Field f) {
            Ir.Expr target = expr(f.target(), null);
            Value tv = constValue(target);
            if (tv instanceof Value.TypeV t) {
                Ir.Expr member = memberOfType(t.type(), f.name(), f.nameSpan());
                return callValue(member, c, null, expected);
            }
            Type tt = target.type();
            Type base = tt instanceof Type.Pointer p && p.size() == Type.PtrSize.ONE ? p.child() : tt;
            if (base instanceof StructType st) {
                sema.resolveFields(st);
                if (st.fieldIndex(f.name()) >= 0) return callValue(fieldOf(target, f.name(), f.nameSpan(), f.span()), c, null, expected);
            }
            Namespace ns = base instanceof StructType st2 ? st2.namespace() : base instanceof UnionType ut ? ut.namespace()
                    : base instanceof EnumType et ? et.namespace() : null;
            Namespace.Decl d = ns != null ? ns.get(f.name()) : null;
            if (d != null) {
                Ir.Expr member = declRef(ns, d, f.nameSpan());
                if (constValue(member) instanceof Value.FnV fv) return callFn(fv.fn(), c, target, expected);
            }
            String kind = base instanceof StructType ? "struct" : base instanceof UnionType ? "union" : base instanceof EnumType ? "enum" : "type";
            if (base instanceof StructType || base instanceof UnionType || base instanceof EnumType) {
                throw error(f.nameSpan(), "no field or member function named '" + f.name() + "' in '" + base.name() + "'", declaredHere(base));
            }
            if (base instanceof Type.Pointer p && p.isSlice() && (f.name().equals("len") || f.name().equals("ptr"))) {
                throw error(c.lparen(), "type '" + fieldOf(target, f.name(), f.nameSpan(), f.span()).type().name() + "' not a function");
            }
            throw error(f.nameSpan(), "no field or member function named '" + f.name() + "' in '" + tt.name() + "'");
        }
        Ir.Expr fnExpr = expr(c.callee(), null);
        return callValue(fnExpr, c, null, expected);
    }

    private Ir.Expr callValue(Ir.Expr fnExpr, Ast.Call c, Ir.Expr self, Type expected) {
        Value v = constValue(fnExpr);
        if (v instanceof Value.FnV fv) return callFn(fv.fn(), c, self, expected);
        Type t = fnExpr.type();
        if (t instanceof Type.Pointer p && p.child() instanceof Type.Fn ft) {
            if (c.args().size() != ft.params().size()) {
                throw error(c.span(), "expected " + ft.params().size() + " argument(s), found " + c.args().size());
            }
            List<Ir.Expr> args = new ArrayList<>();
            for (int i = 0; i < c.args().size(); i++) args.add(exprAs(c.args().get(i), ft.params().get(i)));
            return new Ir.CallPtr(fnExpr, ft, args, ft.returnType(), c.lparen(), c.span());
        }
        throw error(c.span(), "type '" + t.name() + "' not a function");
    }

    /** A call of a known function: arguments checked against the signature, generics instantiated. */
    private Ir.Expr callFn(FnRef ref, Ast.Call c, Ir.Expr self, Type expected) {
        Ast.FnDecl decl = ref.decl();
        if (!c.span().file().isLibrary()) sema.lastUserSite = c.span();
        List<Ast.Param> params = decl.params();
        int given = c.args().size() + (self != null ? 1 : 0);
        if (given != params.size()) {
            String prefix = self != null ? "member function " : "";
            int exp = params.size() - (self != null ? 1 : 0);
            throw error(c.span(), prefix + "expected " + exp + " argument(s), found " + c.args().size(),
                    note(decl.span(), "function declared here"));
        }
        var sig = new Scope(new Scope(Scope.of(ref.namespace()), ref.namespace()), null);
        var sigChecker = new FnChecker(sema, null, sig);
        List<Value> comptimeArgs = new ArrayList<>();
        List<Type> anyTypes = new ArrayList<>();
        List<Ir.Expr> runtimeArgs = new ArrayList<>();
        List<Value> allValues = new ArrayList<>();
        boolean allKnown = true;
        for (int i = 0; i < params.size(); i++) {
            Ast.Param p = params.get(i);
            boolean isSelf = self != null && i == 0;
            Ast.Expr argAst = isSelf ? null : c.args().get(i - (self != null ? 1 : 0));
            Span argSpan = isSelf ? c.callee().span() : argAst.span();
            if (p.isAnytype()) {
                Ir.Expr arg = isSelf ? self : expr(argAst, null);
                Value av = constValue(arg);
                Type at = arg.type();
                if (at instanceof Type.ComptimeInt || at instanceof Type.ComptimeFloat || at instanceof Type.EnumLiteral
                        || at instanceof Type.Null || at.isComptimeOnly() || p.isComptime()) {
                    if (av == null) throw error(argSpan, "unable to resolve comptime value");
                    comptimeArgs.add(av);
                } else {
                    comptimeArgs.add(null);
                    runtimeArgs.add(arg);
                }
                anyTypes.add(at);
                allValues.add(av);
                if (av == null) allKnown = false;
                if (p.name() != null) sig.bind(p.name(), new Scope.Comptime(at, av));
                continue;
            }
            Type pt = sigChecker.resolveType(p.type(), sig);
            Ir.Expr arg = isSelf ? selfArgument(self, pt, c) : exprAs(argAst, pt);
            Value av = constValue(arg);
            if (p.isComptime() || pt instanceof Type.TypeType || pt.isComptimeOnly()) {
                if (av == null) {
                    throw error(argSpan, "unable to resolve comptime value", note(argSpan, "argument to comptime parameter must be comptime-known"));
                }
                comptimeArgs.add(av);
                if (p.name() != null) sig.bind(p.name(), new Scope.Comptime(pt, av));
            } else {
                comptimeArgs.add(null);
                runtimeArgs.add(arg);
                if (p.name() != null) sig.bind(p.name(), new Scope.Comptime(pt, av));
            }
            allValues.add(av);
            if (av == null) allKnown = false;
        }
        Type ret = sema.signaturePart(decl, c.span(), () -> sigChecker.resolveType(decl.returnType(), sig));
        boolean comptimeResult = ret.isComptimeOnly() || ret instanceof Type.TypeType;
        if (comptimeResult || (comptimeMode && (fn == null || allKnown) && !decl.isExtern())) {
            if (!allKnown) {
                if (comptimeResult) throw error(c.span(), "unable to resolve comptime value");
                throw error(c.span(), "unable to evaluate comptime expression");
            }
            if (decl.isExtern()) return comptimeNative(ref, allValues, ret, c);
            Value result = callComptime(ref, allValues, ret, c.span());
            Type rt = ret;
            if (decl.inferredErrorSet()) rt = new Type.ErrorUnion(ErrorSetType.ANYERROR, ret);
            return konst(rt, result, c.span());
        }
        if (fn == null) throw error(c.span(), "unable to evaluate comptime expression");
        Ir.Function inst = sema.instantiate(ref, comptimeArgs, anyTypes, c.span());
        return new Ir.Call(inst, runtimeArgs, inst.returnType, c.lparen(), c.span());
    }

    /** The receiver of {@code x.method()}: x itself, its address, or what it points to, as the first parameter needs. */
    private Ir.Expr selfArgument(Ir.Expr target, Type paramType, Ast.Call c) {
        Type tt = target.type();
        Span span = c.callee().span();
        if (paramType instanceof Type.Pointer pp && pp.size() == Type.PtrSize.ONE && !(tt instanceof Type.Pointer)) {
            if (!isPlace(target)) target = materialize(target, span);
            markAddressTaken(target);
            Ir.Expr addr = new Ir.AddrOf(target, new Type.Pointer(Type.PtrSize.ONE, tt, !isMutablePlace(target)), span);
            return coerce(addr, paramType, span);
        }
        if (!(paramType instanceof Type.Pointer) && tt instanceof Type.Pointer p && p.size() == Type.PtrSize.ONE) {
            return coerce(derefValue(target, p.child(), span), paramType, span);
        }
        return coerce(target, paramType, span);
    }

    // ------------------------------------------------------------------ comptime evaluation

    /** Thrown by {@code return} while evaluating a function at compile time. */
    private static final class ComptimeReturn extends RuntimeException {
        final Value value;

        ComptimeReturn(Value value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    /** Thrown by {@code break} while evaluating statements at compile time. */
    private static final class ComptimeBreak extends RuntimeException {
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
    @Override
    Ir.Const comptimeBlock(Ast.Block b, Type expected) {
        boolean savedMode = comptimeMode;
        Type savedReturn = comptimeReturnType;
        comptimeMode = true;
        try {
            execComptime(b.stmts());
        } catch (ComptimeBreak br) {
            if (!b.label().equals(br.label)) {
                if (savedMode) throw br; // an enclosing comptime block or loop may own the label
                throw error(br.label == null ? br.span : labelSpan(br.span), br.label == null ? "break expression outside loop" : "label not found: '" + br.label + "'");
            }
            Ir.Expr v = konst(typeOfValue(br.value), br.value, b.span());
            if (expected != null) v = coerce(v, expected, b.span());
            Value cv = constValue(v);
            if (cv == null) throw error(b.span(), "unable to resolve comptime value");
            return konst(v.type(), cv, b.span());
        } catch (ComptimeReturn r) {
            throw error(b.span(), "Heap Lab cannot return from a comptime block yet");
        } finally {
            comptimeMode = savedMode;
            comptimeReturnType = savedReturn;
        }
        Ir.Expr v = konst(VOID, Value.VoidV.INSTANCE, b.span());
        if (expected != null) v = coerce(v, expected, b.span());
        return konst(v.type(), constValue(v), b.span());
    }

    /** Evaluates a call at compile time (type functions are memoized, so {@code ArrayList(i32)} is one type). */
    private Value callComptime(FnRef ref, List<Value> args, Type ret, Span site) {
        java.util.function.Supplier<Value> compute = () -> {
            var s = new Scope(new Scope(Scope.of(ref.namespace()), ref.namespace()), null);
            List<Ast.Param> params = ref.decl().params();
            var binder = new FnChecker(sema, null, s);
            for (int i = 0; i < params.size(); i++) {
                Ast.Param p = params.get(i);
                if (p.name() == null) continue;
                Value v = args.get(i);
                Type t = p.isAnytype() ? typeOfValue(v) : binder.resolveType(p.type(), s);
                s.bind(p.name(), new Scope.Comptime(t, v));
            }
            var ev = new FnChecker(sema, null, s);
            ev.comptimeMode = true;
            ev.comptimeReturnType = ret instanceof Type.AnyType ? null : ret;
            if (ret instanceof Type.TypeType) ev.nameHint = Sema.genericName(ref, args);
            try {
                ev.execComptime(ref.decl().body().stmts());
            } catch (ComptimeReturn r) {
                Value v = r.value;
                if (ret != null && !(ret instanceof Type.AnyType)) {
                    v = constValue(ev.coerce(konst(typeOfValue(v), v, site), ret, site));
                }
                return v;
            }
            return Value.VoidV.INSTANCE;
        };
        if (ret instanceof Type.TypeType) return sema.memoComptimeCall(ref, args, compute);
        return compute.get();
    }

    private Ir.Expr comptimeNative(FnRef ref, List<Value> args, Type ret, Ast.Call c) {
        throw error(c.span(), "unable to evaluate comptime expression", note(c.span(), "'" + ref.displayName() + "' runs only at run time"));
    }

    /** Runs statements at compile time (the body of a type function or a comptime-called function). */
    private void execComptime(List<Ast.Stmt> stmts) {
        Scope saved = scope;
        scope = scope.child();
        try {
            for (Ast.Stmt s : stmts) execComptime(s);
        } finally {
            scope = saved;
        }
    }

    private void execComptime(Ast.Stmt s) {
        if (++comptimeBranches > 10_000) throw error(s.span(), "evaluation exceeded 1000 backwards branches");
        switch (s) {
            case Ast.VarDecl v -> {
                Type declared = v.type() != null ? typeOf(v.type()) : null;
                if (v.init() instanceof Ast.ContainerType && declared == null) {
                    nameHint = (scope.enclosingNamespace() != null ? scope.enclosingNamespace().qualifiedName() : "") + "." + v.name();
                }
                Value val = comptimeValue(v.init(), scope, declared);
                Type t = declared != null ? declared : typeOfValue(val);
                scope.bind(v.name(), new Scope.Comptime(t, val));
            }
            case Ast.Assign a -> {
                if (a.target() instanceof Ast.Identifier id && id.name().equals("_")) {
                    comptimeValue(a.value(), scope, null);
                    return;
                }
                if (!(a.target() instanceof Ast.Identifier id)) throw error(a.span(), "Heap Lab cannot evaluate this assignment at compile time");
                Value cur = comptimeValue(id, scope, null);
                Value rhs = comptimeValue(a.value(), scope, null);
                Value nv = rhs;
                if (a.op() != null) {
                    Ir.BinOp op = switch (a.op()) {
                        case ADD -> Ir.BinOp.ADD;
                        case SUB -> Ir.BinOp.SUB;
                        case MUL -> Ir.BinOp.MUL;
                        default -> throw error(a.opSpan(), "Heap Lab cannot evaluate this operator at compile time");
                    };
                    nv = Folding.arith(op, cur, rhs, typeOfValue(cur), a.opSpan(), this);
                }
                for (Scope sc = scope; sc != null; sc = sc.parent()) {
                    if (sc.own(id.name()) instanceof Scope.Comptime ct) {
                        sc.bind(id.name(), new Scope.Comptime(ct.type(), nv));
                        return;
                    }
                }
                throw error(a.target().span(), "cannot assign to constant");
            }
            case Ast.Defer d -> { }
            case Ast.ExprStmt es -> execComptimeExpr(es.expr());
        }
    }

    private void execComptimeExpr(Ast.Expr e) {
        switch (e) {
            case Ast.Return r -> throw new ComptimeReturn(r.value() == null ? Value.VoidV.INSTANCE
                    : comptimeValue(r.value(), scope, comptimeReturnType));
            case Ast.Block b -> execComptime(b.stmts());
            case Ast.If i -> {
                if (i.capture() != null) {
                    Value ov = comptimeValue(i.cond(), scope, null);
                    if (ov instanceof Value.OptionalV o) {
                        Scope saved = scope;
                        scope = scope.child();
                        scope.bind(i.capture().name(), new Scope.Comptime(typeOfValue(o.payload()), o.payload()));
                        try {
                            execComptimeExpr(i.then());
                        } finally {
                            scope = saved;
                        }
                    } else if (i.otherwise() != null) {
                        execComptimeExpr(i.otherwise());
                    }
                    return;
                }
                Value cv = comptimeValue(i.cond(), scope, BOOL);
                if (((Value.BoolV) cv).value()) execComptimeExpr(i.then());
                else if (i.otherwise() != null) execComptimeExpr(i.otherwise());
            }
            case Ast.While w -> {
                int n = 0;
                while (((Value.BoolV) comptimeValue(w.cond(), scope, BOOL)).value()) {
                    if (++n > 1000) {
                        throw error(w.span(), "evaluation exceeded 1000 backwards branches",
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
            case Ast.Break b -> throw new ComptimeBreak(b.label(), b.value() == null ? Value.VoidV.INSTANCE : comptimeValue(b.value(), scope, null), b.span());
            case Ast.Assign a -> execComptime(a);
            case Ast.Unreachable u -> throw error(u.span(), "reached unreachable code");
            default -> comptimeValue(e, scope, null);
        }
    }

    @SuppressWarnings("unused")
    private static final Class<?>[] USED = {BigInteger.class, Diagnostic.class};
}
