package org.heaplab.lang.check;

import static org.heaplab.lang.check.Checker.note;
import static org.heaplab.lang.check.TypeRules.*;
import static org.heaplab.lang.check.Consts.*;

import java.util.ArrayList;
import java.util.List;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.ComptimeCell;
import org.heaplab.lang.types.ErrorSetType;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;
import org.heaplab.source.Span;

/** Function bodies, blocks and statements: declarations, assignments, defers, expression statements. */
final class Statements {
    private final Checker cx;

    Statements(Checker cx) {
        this.cx = cx;
    }

    // ------------------------------------------------------------------ bodies

    void checkBody(Ast.FnDecl decl) {
        Ir.Block body = (Ir.Block) block(decl.body(), null);
        Type ret = cx.fn.returnType;
        if (ret instanceof Type.NoReturn && !(body.type() instanceof Type.NoReturn)) {
            Span end = Span.at(decl.body().span().file(), decl.body().span().end() - 1);
            throw cx.error(decl.returnType().span(), "function declared 'noreturn' implicitly returns",
                    note(end, "control flow reaches end of body here"));
        }
        boolean voidLike = ret instanceof Type.Void || ret instanceof Type.NoReturn
                || ret instanceof Type.ErrorUnion eu && eu.payload() instanceof Type.Void;
        if (!voidLike && !(body.type() instanceof Type.NoReturn)) {
            Span end = Span.at(decl.body().span().file(), decl.body().span().end() - 1);
            throw cx.error(decl.returnType().span(), "function with non-void return type '" + ret.name() + "' implicitly returns",
                    note(end, "control flow reaches end of body here"));
        }
        cx.fn.body = body;
    }

    Ir.Expr block(Ast.Block b, Type expected) {
        if (cx.executing) return cx.comptime.evalBlock(b, expected);
        Scope saved = cx.scope;
        cx.scope = cx.scope.child();
        Checker.LabelCtx ctx = null;
        if (b.label() != null) {
            ctx = new Checker.LabelCtx(new Ir.Label(b.label(), false), b.label(), false, expected);
            cx.labels.push(ctx);
        }
        try {
            List<Ir.Node> out = new ArrayList<>();
            boolean diverged = false;
            Ast.Stmt previous = null;
            for (Ast.Stmt s : b.stmts()) {
                // like Zig's AstGen, only a statement that leaves by syntax makes the next one unreachable
                if (previous != null && leavesBySyntax(previous)) {
                    throw cx.error(statementToken(s), "unreachable code", note(previous.span(), "control flow is diverted here"));
                }
                List<Ir.Node> nodes = stmt(s);
                out.addAll(nodes);
                previous = s;
                if (!nodes.isEmpty() && isNoReturn(nodes.get(nodes.size() - 1))) {
                    diverged = true;
                    // like Zig's Sema, what follows a statement that cannot complete is not analysed
                    // (a comptime-known `if (...) return x;` before an @compileError); AstGen's
                    // "unreachable code" after a return written as such is still reported
                    if (!leavesBySyntax(s)) break;
                }
            }
            Type t;
            if (ctx != null) {
                cx.loops.resolveBreaks(ctx, null, brace(b));
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
                cx.flow.requireRuntimeType(t, brace(b), firstControlFlow(out, b.span()));
            }
            return block;
        } finally {
            if (ctx != null) cx.labels.pop();
            cx.scope = saved;
        }
    }

    /**
     * A labeled block whose first reachable break has a comptime-known value, after only
     * statements with no run-time effect, is that value (Zig evaluates it while compiling).
     */
    Ir.Expr foldLabeled(Ir.Block b) {
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

    static Span firstControlFlow(List<Ir.Node> body, Span fallback) {
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

    static boolean leavesBySyntax(Ast.Stmt s) {
        return s instanceof Ast.ExprStmt es && (es.expr() instanceof Ast.Return || es.expr() instanceof Ast.Break
                || es.expr() instanceof Ast.Continue || es.expr() instanceof Ast.Unreachable);
    }

    static boolean isNoReturn(Ir.Node n) {
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
            case Ast.Destructure d -> destructure(d);
        };
    }

    List<Ir.Node> varDecl(Ast.VarDecl v) {
        if (cx.fn == null) throw cx.error(v.span(), "unable to evaluate comptime expression");
        if (v.init() == null) throw cx.error(v.span(), "variables must be initialized");
        Type declared = v.type() != null ? cx.types.typeOf(v.type()) : null;
        if (v.init() instanceof Ast.ContainerType && declared == null) cx.nameHint = localTypeName(v.name());
        if (v.isComptime() && !v.isConst()) {
            Ir.Expr init = declared != null ? cx.exprs.exprAs(v.init(), declared) : cx.exprs.expr(v.init(), null);
            Value cv = constValue(init);
            if (cv == null) throw cx.error(v.init().span(), "unable to resolve comptime value");
            ComptimeCell cell = new ComptimeCell(declared != null ? declared : init.type(), cv);
            cell.runtimeDepth = cx.runtimeBranches;
            cx.scope.bind(v.name(), new Scope.ComptimeVar(cell));
            return List.of();
        }
        if (declared != null && !v.isConst() && !v.isComptime() && declared.isComptimeOnly()) {
            // with a type written, Zig points at the type
            throw comptimeOnlyVariable(declared, v.type().span());
        }
        Ir.Expr init = declared != null ? cx.exprs.exprAs(v.init(), declared) : cx.exprs.expr(v.init(), null);
        return declare(v.name(), v.nameSpan(), v.isConst(), v.isComptime(), declared, init, v.init().span(), v.span());
    }

    /** Binds a declared name to its initial value: a comptime constant, or a run-time local and its declaration. */
    List<Ir.Node> declare(String name, Span nameSpan, boolean isConst, boolean isComptime, Type declared, Ir.Expr init,
                          Span initSpan, Span span) {
        Type t = declared != null ? declared : init.type();
        if (t instanceof Type.NoReturn) return List.of(new Ir.ExprStmt(init, span));
        Value cv = constValue(init);
        if (isComptime && !isConst) {
            if (cv == null) throw cx.error(initSpan, "unable to resolve comptime value");
            ComptimeCell cell = new ComptimeCell(t, cv);
            cell.runtimeDepth = cx.runtimeBranches;
            cx.scope.bind(name, new Scope.ComptimeVar(cell));
            return List.of();
        }
        boolean comptimeOnly = t.isComptimeOnly() || t instanceof Type.Null || t instanceof Type.Undefined;
        if (!isConst && comptimeOnly) {
            throw comptimeOnlyVariable(t, nameSpan);
        }
        if (isConst && (comptimeOnly || isComptime)) {
            if (cv == null) throw cx.error(initSpan, "unable to resolve comptime value");
            cx.scope.bind(name, new Scope.Comptime(t, cv));
            return List.of();
        }
        if (t instanceof Type.Void && isConst) {
            cx.scope.bind(name, new Scope.Comptime(t, Value.VoidV.INSTANCE));
            return List.of(new Ir.ExprStmt(init, span));
        }
        Layout.sizeOf(t); // a runtime variable needs its type's layout now (a struct that holds itself is reported here)
        Ir.Local l = cx.fn.newLocal(name, t, !isConst, false, false, nameSpan);
        if (isConst && cv != null && !(cv instanceof Value.UndefV)) l.comptimeValue = cv;
        cx.scope.bind(name, new Scope.Runtime(l));
        return List.of(new Ir.VarDecl(l, init, span));
    }

    // ------------------------------------------------------------------ destructuring

    /**
     * {@code const a, var b = value;}: each target takes one element, in order. An anonymous
     * list on the right gives each target its element directly (so {@code x, y = .{ y, x }} sees
     * x's new value, as in Zig); any other value is evaluated once, into a temporary if need be.
     */
    List<Ir.Node> destructure(Ast.Destructure d) {
        int n = d.targets().size();
        List<Ir.Node> out = new ArrayList<>();
        java.util.function.IntFunction<Ir.Expr> element;
        if (d.value() instanceof Ast.Init in && in.type() == null && in.fields().isEmpty()) {
            if (in.elements().size() != n) {
                throw cx.error(d.value().span(), "expected " + n + " elements for destructure, found " + in.elements().size(),
                        note(d.opSpan(), "result destructured here"));
            }
            element = i -> cx.exprs.expr(in.elements().get(i), targetType(d.targets().get(i)));
        } else {
            Ir.Expr v = cx.exprs.expr(d.value(), null);
            Type t = v.type();
            long count = t instanceof StructType st && st.isTuple() ? st.fields().size() : t instanceof Type.Array a ? a.length()
                    : t instanceof Type.Vector vt ? vt.length() : -1;
            if (count < 0) {
                throw cx.error(d.value().span(), "type '" + t.name() + "' cannot be destructured", note(d.opSpan(), "result destructured here"));
            }
            if (count != n) {
                throw cx.error(d.value().span(), "expected " + n + " elements for destructure, found " + count, note(d.opSpan(), "result destructured here"));
            }
            if (constValue(v) == null && !isPlace(v)) {
                Ir.Local tmp = cx.fn.newLocal("destructure", t, false, false, true, d.value().span());
                out.add(new Ir.VarDecl(tmp, v, d.value().span()));
                v = new Ir.LocalRef(tmp, d.value().span());
            }
            final Ir.Expr whole = v;
            element = i -> t instanceof StructType
                    ? cx.exprs.fieldOf(whole, Integer.toString(i), d.value().span(), d.value().span())
                    : cx.exprs.indexOf(whole, konst(USIZE, Value.IntV.of(i), d.value().span()), d.value().span(), d.value().span());
        }
        for (int i = 0; i < n; i++) {
            Ast.DestructTarget t = d.targets().get(i);
            Ir.Expr e = element.apply(i);
            if (t.isDecl()) {
                Type declared = t.type() != null ? cx.types.typeOf(t.type()) : null;
                if (declared != null) e = cx.coercions.coerce(e, declared, t.span());
                out.addAll(declare(t.name(), t.nameSpan(), t.isConst(), t.isComptime(), declared, e, t.span(), t.span()));
            } else if (t.target() instanceof Ast.Identifier id && id.name().equals("_")) {
                out.add(new Ir.Discard(e, t.span()));
            } else {
                Ir.Expr target = cx.exprs.expr(t.target(), null);
                checkAssignable(target, t.span());
                out.add(new Ir.ExprStmt(new Ir.Assign(target, cx.coercions.coerce(e, target.type(), t.span()), t.span()), t.span()));
            }
        }
        return out;
    }

    private Type targetType(Ast.DestructTarget t) {
        if (t.isDecl()) return t.type() != null ? cx.types.typeOf(t.type()) : null;
        return null;
    }

    List<Ir.Node> assignStmt(Ast.Assign a) {
        if (a.target() instanceof Ast.Identifier id && id.name().equals("_") && a.op() == null) {
            cx.discarding = true;
            Ir.Expr v;
            try {
                v = cx.exprs.expr(a.value(), null);
            } finally {
                cx.discarding = false;
            }
            if (v.type() instanceof Type.ErrorUnion) {
                // at the value's main token (a call's '(', a field access's '.'), inside any parentheses
                Ast.Expr e = a.value();
                while (e instanceof Ast.Grouped g) e = g.expr();
                Span at = Checker.mainSpan(e);
                throw cx.error(at, "error union is discarded", note(at, "consider using 'try', 'catch', or 'if'"));
            }
            return List.of(new Ir.Discard(v, a.span()));
        }
        if (a.op() == null) {
            ComptimePlaces.Place place = cx.places.resolve(a.target());
            if (place != null) return comptimeStore(place, a);
            return List.of(new Ir.ExprStmt(assignExpr(a), a.span()));
        }
        ComptimePlaces.Place place = cx.places.resolve(a.target());
        if (place != null) return comptimeStore(place, a);
        Ir.Expr target = cx.exprs.expr(a.target(), null);
        checkAssignable(target, a.opSpan()); // Zig reports a compound assignment at its operator
        if (target.type() instanceof Type.Pointer tp && (tp.size() == Type.PtrSize.MANY || tp.size() == Type.PtrSize.C)
                && (a.op() == Ast.BinOp.ADD || a.op() == Ast.BinOp.SUB)) {
            // p += n on a many-item pointer: p = p + n
            Ir.Expr n = cx.exprs.exprAs(a.value(), USIZE);
            Ir.Expr sum = new Ir.Binary(a.op() == Ast.BinOp.ADD ? Ir.BinOp.PTR_ADD : Ir.BinOp.PTR_SUB, target, n, tp, a.opSpan());
            return List.of(new Ir.ExprStmt(new Ir.Assign(target, sum, a.span()), a.span()));
        }
        if (target.type() instanceof Type.Vector) return List.of(new Ir.ExprStmt(cx.vectors.compound(a, target), a.span()));
        Ir.BinOp op = compoundOp(a);
        Ir.Expr value = cx.ops.compoundOperand(a, op, target.type());
        return List.of(new Ir.CompoundAssign(op, target, value, a.opSpan()));
    }

    /**
     * An assignment to a comptime variable in code compiled for run time: done now, while
     * compiling, unless a run-time condition or loop decides whether it happens.
     */
    private List<Ir.Node> comptimeStore(ComptimePlaces.Place place, Ast.Assign a) {
        if (cx.runtimeBranches > place.cell().runtimeDepth) {
            throw cx.error(a.target().span(), "store to comptime variable depends on runtime condition");
        }
        cx.comptime.store(place, a);
        return List.of();
    }

    /** The operation of a compound assignment ({@code +=} is ADD ...). */
    Ir.BinOp compoundOp(Ast.Assign a) {
        return switch (a.op()) {
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
            default -> throw cx.error(a.opSpan(), "invalid assignment operator");
        };
    }

    /** The name Zig gives a type declared by {@code const name = struct ...} in the code being checked ({@code main.main.P}). */
    String localTypeName(String name) {
        String prefix = cx.scope.enclosingNamespace() != null ? cx.scope.enclosingNamespace().qualifiedName() : "";
        if (cx.fn != null && cx.fn.ref != null) prefix = cx.fn.ref.namespace().qualifiedName() + "." + cx.fn.name;
        return prefix + "." + name;
    }

    Ir.Expr assignExpr(Ast.Assign a) {
        if (!(a.target() instanceof Ast.Identifier id && id.name().equals("_"))) {
            ComptimePlaces.Place place = cx.places.resolve(a.target());
            if (place != null) {
                comptimeStore(place, a);
                return konst(VOID, Value.VoidV.INSTANCE, a.span());
            }
        }
        if (a.op() != null) {
            List<Ir.Node> nodes = assignStmt(a);
            return new Ir.Block(nodes, null, VOID, a.span());
        }
        if (a.target() instanceof Ast.Identifier id && id.name().equals("_")) {
            return new Ir.Block(List.of(new Ir.Discard(cx.exprs.expr(a.value(), null), a.span())), null, VOID, a.span());
        }
        Ir.Expr target = cx.exprs.expr(a.target(), null);
        checkAssignable(target, mainToken(a.target()));
        Ir.Expr value = cx.exprs.exprAs(a.value(), target.type());
        return new Ir.Assign(target, value, a.span());
    }

    /** A statement's main token, where Zig reports it as unreachable: a call's '(', an assignment's operator. */
    private static Span statementToken(Ast.Stmt s) {
        if (s instanceof Ast.ExprStmt es && es.expr() instanceof Ast.Call c) return c.lparen();
        if (s instanceof Ast.Assign a) return a.opSpan();
        return s.span();
    }

    /** Where Zig reports an assignment to a target: a field's '.', a dereference's '.*', an element's '['. */
    static Span mainToken(Ast.Expr target) {
        return switch (target) {
            case Ast.Field f -> Expressions.dotOf(f.nameSpan());
            case Ast.Deref d -> d.opSpan();
            case Ast.Index i -> i.lbracket();
            default -> target.span();
        };
    }

    void checkAssignable(Ir.Expr target, Span span) {
        if (!isPlace(target) || !isMutablePlace(target)) throw cx.error(span, "cannot assign to constant");
    }

    Ir.Node defer(Ast.Defer d) {
        if (cx.fn == null) throw cx.error(d.span(), "defer is not allowed at comptime");
        Scope saved = cx.scope;
        cx.scope = cx.scope.child();
        cx.deferDepth++;
        int outerLabelBase = cx.deferLabelBase;
        cx.deferLabelBase = cx.labels.size();
        Span outerDefer = cx.deferSite;
        cx.deferSite = new Span(d.span().file(), d.span().start(), d.span().start() + 1);
        try {
            Ir.Local capture = null;
            if (d.capture() != null) {
                Type es = cx.fn.returnType instanceof Type.ErrorUnion eu ? eu.errorSet() : ErrorSetType.ANYERROR;
                capture = cx.fn.newLocal(d.capture(), es, false, false, false, d.span());
                cx.scope.bind(d.capture(), new Scope.Runtime(capture));
            }
            Ir.Expr body = cx.exprs.expr(d.body(), null);
            requireVoid(body, d.body());
            return new Ir.Defer(d.isErr(), capture, body, d.span());
        } finally {
            cx.deferDepth--;
            cx.deferLabelBase = outerLabelBase;
            cx.deferSite = outerDefer;
            cx.scope = saved;
        }
    }

    Ir.Node exprStmt(Ast.ExprStmt es) {
        Ir.Expr e = cx.exprs.expr(es.expr(), null);
        requireVoid(e, es.expr());
        return new Ir.ExprStmt(e, es.span());
    }

    /** Zig's rule that values may not be silently dropped. */
    void requireVoid(Ir.Expr e, Ast.Expr ast) {
        Type t = e.type();
        if (t instanceof Type.Void || t instanceof Type.NoReturn) return;
        Span at = ast instanceof Ast.Call c ? c.lparen() : ast.span();
        if (t instanceof Type.ErrorUnion) {
            throw cx.error(at, "error union is ignored", note(at, "consider using 'try', 'catch', or 'if'"));
        }
        if (t instanceof ErrorSetType) {
            throw cx.error(at, "error set is ignored", note(at, "consider using 'try', 'catch', or 'if'"));
        }
        throw cx.error(at, "value of type '" + t.name() + "' ignored", note(at, "all non-void values must be used"),
                note(at, "to discard the value, assign it to '_'"));
    }

    /** The opening brace of a labeled block (where Zig reports what its breaks' values cannot be). */
    private static Span brace(Ast.Block b) {
        String text = b.span().text();
        int at = text.indexOf('{');
        if (at >= 0) return new Span(b.span().file(), b.span().start() + at, b.span().start() + at + 1);
        return new Span(b.span().file(), b.span().start() + b.label().length() + 2, b.span().start() + b.label().length() + 3);
    }

    /** A {@code var} of a type only the compiler has, with the note Zig gives for that type. */
    private RuntimeException comptimeOnlyVariable(Type t, Span at) {
        String msg = "variable of type '" + t.name() + "' must be const or comptime";
        if (t instanceof Type.ComptimeInt || t instanceof Type.ComptimeFloat) {
            return cx.error(at, msg, note(at, "to modify this variable at runtime, it must be given an explicit fixed-size number type"));
        }
        if (t instanceof Type.TypeType) return cx.error(at, msg, note(at, "types are not available at runtime"));
        return cx.error(at, msg);
    }
}
