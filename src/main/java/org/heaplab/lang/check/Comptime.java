package org.heaplab.lang.check;

import static org.heaplab.lang.check.Checker.note;
import static org.heaplab.lang.check.Consts.*;
import static org.heaplab.lang.check.TypeRules.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.heaplab.diag.Diagnostic;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.ComptimeCell;
import org.heaplab.lang.types.FnRef;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;
import org.heaplab.source.Span;

/**
 * Code run while compiling, as Zig's Sema runs it: statements are executed as they are analysed.
 * A {@code var} is a {@link ComptimeCell} that assignments replace; loops run (each pass counts
 * against the branch quota, one quota for a whole analysis unit, calls included); {@code return},
 * {@code break} and {@code continue} unwind as exceptions to the construct they leave.
 * Expressions go through the checker, which folds what is comptime-known and analyses only the
 * branch a comptime-known condition takes, so {@code if} and {@code switch} need nothing here.
 *
 * <p>It runs {@code comptime} blocks and expressions, calls whose result must be known while
 * compiling (type functions such as {@code ArrayList(i32)} are memoized, so each is one type),
 * and container-level initializers.
 */
final class Comptime {
    private final Checker cx;

    Comptime(Checker cx) {
        this.cx = cx;
    }

    /** {@code return} while running a function at compile time. */
    static final class Return extends RuntimeException {
        final Value value;
        final Type type;

        Return(Value value, Type type) {
            super(null, null, false, false);
            this.value = value;
            this.type = type;
        }
    }

    /** {@code break} while running code at compile time; the construct with its label (or the loop) catches it. */
    static final class Break extends RuntimeException {
        final String label;
        final Value value;
        final Type type;
        final Span span;

        Break(String label, Value value, Type type, Span span) {
            super(null, null, false, false);
            this.label = label;
            this.value = value;
            this.type = type;
            this.span = span;
        }
    }

    /** {@code continue} while running code at compile time. */
    static final class Continue extends RuntimeException {
        final String label;
        /** The new operand of a labeled switch ({@code continue :sw value}), else null. */
        final Ir.Expr value;
        final Span span;

        Continue(String label, Ir.Expr value, Span span) {
            super(null, null, false, false);
            this.label = label;
            this.value = value;
            this.span = span;
        }
    }

    // ------------------------------------------------------------------ entry points

    /** {@code comptime blk: { ... }} and {@code comptime { ... }} anywhere: run now, its value known. */
    Ir.Const comptimeBlock(Ast.Block b, Type expected) {
        return executing(() -> {
            try {
                return evalBlock(b, expected);
            } catch (Break br) {
                throw outsideLoop(br);
            } catch (Continue c) {
                throw outsideLoop(c);
            } catch (Return r) {
                throw cx.error(b.span(), "function called at runtime cannot return value at comptime");
            }
        });
    }

    /** A break or continue that left a comptime block with no loop or label to take it. */
    private RuntimeException outsideLoop(Break br) {
        return cx.error(br.label == null ? br.span : cx.loops.labelSpan(br.span),
                br.label == null ? "break expression outside loop" : "label not found: '" + br.label + "'");
    }

    private RuntimeException outsideLoop(Continue c) {
        return cx.error(c.span, "continue expression outside loop");
    }

    /**
     * {@code comptime { ... }} in a function being compiled: its statements run now. A
     * {@code return} in it (an inline function's {@code comptime { ...; return x; }}) returns
     * that comptime-known value from the function.
     */
    Ir.Expr comptimeBody(Ast.Block b) {
        Type savedRet = cx.comptimeReturnType;
        cx.comptimeReturnType = cx.fn.returnType;
        try {
            return executing(() -> {
                try {
                    execStmts(b.stmts());
                    return konst(VOID, Value.VoidV.INSTANCE, b.span());
                } catch (Break br) {
                    throw outsideLoop(br);
                } catch (Continue c) {
                    throw outsideLoop(c);
                } catch (Return r) {
                    Ir.Expr v = cx.coercions.coerce(konst(r.type, org.heaplab.lang.types.ComptimeCell.freeze(r.value), b.span()), cx.fn.returnType, b.span());
                    return new Ir.Return(v, b.span());
                }
            });
        } finally {
            cx.comptimeReturnType = savedRet;
        }
    }

    /**
     * Runs {@code body} with statements executed, not compiled. The branch count is not reset
     * here: as in Zig, one quota serves every evaluation of an analysis unit ({@link Sema#inUnit}).
     */
    <T> T executing(java.util.function.Supplier<T> body) {
        boolean savedExec = cx.executing;
        boolean savedMode = cx.comptimeMode;
        cx.executing = true;
        cx.comptimeMode = true;
        boolean outermost = cx.sema.evalDepth++ == 0;
        try {
            T result = body.get();
            return outermost ? frozen(result) : result;
        } finally {
            cx.sema.evalDepth--;
            cx.executing = savedExec;
            cx.comptimeMode = savedMode;
        }
    }

    /** The result of a whole evaluation: its comptime variables are constants from now on. */
    @SuppressWarnings("unchecked")
    private static <T> T frozen(T result) {
        if (result instanceof Value v) return (T) ComptimeCell.freeze(v);
        if (result instanceof Ir.Const c) {
            Value f = ComptimeCell.freeze(c.value());
            return f == c.value() ? result : (T) konst(c.type(), f, c.span());
        }
        return result;
    }

    /** A block, run: its value is what a {@code break} to its label gives, else void. */
    Ir.Const evalBlock(Ast.Block b, Type expected) {
        // a block run on its own (a container-level `const x = blk: { ... }`) is an evaluation of its own
        if (cx.sema.evalDepth == 0) return executing(() -> evalBlock(b, expected));
        try {
            execStmts(b.stmts());
        } catch (Break br) {
            if (b.label() == null || !b.label().equals(br.label)) throw br;
            return result(br.value, br.type, expected, b.span());
        }
        return result(Value.VoidV.INSTANCE, VOID, expected, b.span());
    }

    private Ir.Const result(Value v, Type t, Type expected, Span span) {
        Ir.Expr e = konst(t, v, span);
        if (expected != null && !(expected instanceof Type.AnyType)) e = cx.coercions.coerce(e, expected, span);
        Value cv = constValue(e);
        if (cv == null) throw cx.error(span, "unable to resolve comptime value");
        return konst(e.type(), cv, span);
    }

    /**
     * Counts one backward branch (a loop's pass, a call) against the quota, and against Heap
     * Lab's bound on a whole compilation's comptime work (a quota raised to 4 billion would
     * otherwise keep the compiler busy for hours).
     */
    void countBranch(Span at) {
        if (++cx.sema.totalBranches > Sema.TOTAL_BRANCH_LIMIT) {
            throw cx.error(at, "Heap Lab stopped compile-time evaluation here: this program's comptime code ran more than "
                    + Sema.TOTAL_BRANCH_LIMIT + " backward branches in all (Heap Lab's limit)");
        }
        if (++cx.sema.branchCount > cx.sema.branchQuota) {
            long q = cx.sema.branchQuota;
            List<Diagnostic.Note> notes = new ArrayList<>();
            notes.add(note(at, "use @setEvalBranchQuota() to raise the branch limit from " + q));
            notes.addAll(callSiteNotes());
            throw cx.error(at, "evaluation exceeded " + q + " backwards branches", notes.toArray(Diagnostic.Note[]::new));
        }
    }

    /** The calls being run at comptime, innermost first, a run of calls from one place said once (as Zig does). */
    List<Diagnostic.Note> callSiteNotes() {
        List<Diagnostic.Note> notes = new ArrayList<>();
        List<Span> sites = new ArrayList<>(cx.sema.comptimeCalls);
        for (int i = 0; i < sites.size(); ) {
            int j = i;
            while (j < sites.size() && sites.get(j).equals(sites.get(i))) j++;
            int n = j - i;
            notes.add(note(sites.get(i), "called from here" + (n > 1 ? " (" + n + " times)" : "")));
            i = j;
        }
        return notes;
    }

    // ------------------------------------------------------------------ calls

    /** Runs a call at compile time (type functions are memoized, so {@code ArrayList(i32)} is one type). */
    Value callComptime(FnRef ref, List<Value> args, Type ret, Span site) {
        return callComptime(ref, args, null, ret, site);
    }

    /** {@code anyTypes}: the types of the arguments to anytype parameters, in order (null: the values' own types). */
    Value callComptime(FnRef ref, List<Value> args, List<Type> anyTypes, Type ret, Span site) {
        java.util.function.Supplier<Value> compute = () -> executing(() -> {
            countBranch(site);
            if (cx.sema.comptimeCalls.size() >= Sema.COMPTIME_CALL_DEPTH) {
                // Zig's compiler itself crashes a few thousand calls deep; the lab says so instead
                throw cx.error(site, "Heap Lab stopped compile-time evaluation here: calls nested more than "
                        + Sema.COMPTIME_CALL_DEPTH + " deep (Heap Lab's limit)");
            }
            cx.sema.comptimeCalls.push(site);
            try {
                return run(ref, args, anyTypes, ret, site);
            } finally {
                cx.sema.comptimeCalls.pop();
            }
        });
        if (ret instanceof Type.TypeType) return cx.sema.instances.memoComptimeCall(ref, args, compute, site);
        return compute.get();
    }

    private Value run(FnRef ref, List<Value> args, List<Type> anyTypes, Type ret, Span site) {
        {
            var s = new Scope(new Scope(Scope.of(ref.namespace()), ref.namespace()), null);
            List<Ast.Param> params = ref.decl().params();
            var binder = new Checker(cx.sema, null, s);
            int anyIndex = 0;
            List<Type> paramTypes = new java.util.ArrayList<>();
            for (int i = 0; i < params.size(); i++) {
                Ast.Param p = params.get(i);
                Type anyType = p.isAnytype() && anyTypes != null && anyIndex < anyTypes.size() ? anyTypes.get(anyIndex++) : null;
                paramTypes.add(null);
                if (p.name() == null) continue;
                Value v = args.get(i);
                if (anyType != null && !(anyType instanceof Type.TypeType) && !(v instanceof Value.TypeV)) {
                    s.bind(p.name(), new Scope.Comptime(anyType, v));
                    continue;
                }
                // a function passed to an anytype parameter has its function type (Formatter(formatFn) reads its params)
                Type t = p.isAnytype() ? (v instanceof Value.FnV fv ? binder.exprs.fnValueType(fv.fn()) : typeOfValue(v))
                        : binder.types.resolveType(p.type(), s);
                s.bind(p.name(), new Scope.Comptime(t, v));
                if (!p.isAnytype()) paramTypes.set(i, t);
            }
            var ev = new Checker(cx.sema, null, s);
            ev.runningFunction = true;
            ev.comptimeReturnType = ret instanceof Type.AnyType ? null : ret;
            if (ret instanceof Type.TypeType) ev.nameHint = Instances.genericName(ref, args, paramTypes);
            try {
                ev.comptime.execStmts(ref.decl().body().stmts());
            } catch (Return r) {
                Value v = r.value;
                if (ret != null && !(ret instanceof Type.AnyType)) {
                    v = constValue(ev.coercions.coerce(konst(r.type, v, site), ret, site));
                }
                return v;
            } catch (Break br) {
                throw cx.error(br.span, br.label == null ? "break expression outside loop" : "label not found: '" + br.label + "'");
            }
            return Value.VoidV.INSTANCE;
        }
    }

    /** The natives of Heap Lab's std that also run while compiling. */
    static boolean runsAtComptime(FnRef ref) {
        return switch (ref.qualifiedName()) {
            case "fmt.count", "fmt.hlComptimePrint", "fmt.invalidFmtError", "mem.zeroes" -> true;
            default -> false;
        };
    }

    Ir.Expr comptimeNative(FnRef ref, List<Value> args, List<Type> anyTypes, Type ret, Ast.Call c) {
        switch (ref.qualifiedName()) {
            case "fmt.invalidFmtError" -> {
                String fmt = args.get(0) instanceof Value.StringV s ? new String(s.bytes(), java.nio.charset.StandardCharsets.UTF_8) : "";
                throw cx.sema.stdError(c.span(), "fmt.zig:485:5", "invalid format string '" + fmt + "' for type '" + anyTypes.get(0).name() + "'",
                        note(c.lparen(), "called from here"));
            }
            case "fmt.count", "fmt.hlComptimePrint" -> {
                if (args.get(0) instanceof Value.StringV fmt && !anyTypes.isEmpty()) {
                    org.heaplab.lang.ir.FormatSpec spec;
                    try {
                        spec = FormatCheck.check(fmt.bytes(), anyTypes.get(0), (t, f) -> false);
                    } catch (FormatCheck.Problem p) {
                        throw cx.sema.stdError(c.span(), p.location, p.getMessage(), p.notes(c.span()));
                    }
                    byte[] text = org.heaplab.lang.ir.ComptimeFormatting.format(spec, anyTypes.get(0), args.get(1));
                    if (text != null) {
                        if (ref.qualifiedName().equals("fmt.count")) return konst(ret, Value.IntV.of(text.length), c.span());
                        return konst(ret, new Value.StringV(text), c.span());
                    }
                }
            }
            case "mem.zeroes" -> {
                Value zero = ComptimeZeroes.of(ret, cx.sema);
                if (zero != null) return konst(ret, zero, c.span());
            }
            default -> { }
        }
        throw cx.error(c.span(), "unable to evaluate comptime expression", note(c.span(), "'" + ref.displayName() + "' runs only at run time"));
    }

    // ------------------------------------------------------------------ statements

    /** Runs statements in a scope of their own; its defers run when it is left, by any way. */
    void execStmts(List<Ast.Stmt> stmts) {
        Scope saved = cx.scope;
        cx.scope = cx.scope.child();
        Deque<Ast.Defer> defers = new ArrayDeque<>();
        boolean failed = true;
        try {
            for (Ast.Stmt s : stmts) {
                if (s instanceof Ast.Defer d) {
                    defers.push(d);
                } else {
                    try {
                        exec(s);
                    } catch (Return | Break | Continue leave) {
                        // leaving the scope by return, break or continue runs its defers too
                        failed = false;
                        throw leave;
                    }
                }
            }
            failed = false;
        } finally {
            // defers run on every exit; errdefers only when the scope is left with an error, which compile-time code does not do
            if (!defers.isEmpty() && !failed) for (Ast.Defer d : defers) if (!d.isErr()) execExpr(d.body());
            cx.scope = saved;
        }
    }

    void exec(Ast.Stmt s) {
        switch (s) {
            case Ast.VarDecl v -> varDecl(v);
            case Ast.Assign a -> assign(a);
            case Ast.Defer d -> execExpr(d.body());
            case Ast.ExprStmt es -> execExpr(es.expr());
            case Ast.Destructure d -> destructure(d);
        }
    }

    private void destructure(Ast.Destructure d) {
        Ir.Expr v = cx.exprs.expr(d.value(), null);
        Value whole = constValue(v);
        if (whole == null) throw cx.error(d.value().span(), "unable to resolve comptime value");
        List<Value> parts = v.type() instanceof StructType st && st.isTuple() ? ((Value.AggregateV) whole).elements() : elementsOf(whole, v.type());
        if (parts.size() != d.targets().size()) {
            throw cx.error(d.value().span(), "expected " + d.targets().size() + " elements for destructure, found " + parts.size());
        }
        for (int i = 0; i < parts.size(); i++) {
            Ast.DestructTarget t = d.targets().get(i);
            Type pt = v.type() instanceof StructType st ? st.fields().get(i).type() : elementType(v.type());
            Ir.Expr e = konst(pt, parts.get(i), t.span());
            if (t.isDecl()) {
                Type declared = t.type() != null ? cx.types.typeOf(t.type()) : null;
                if (declared != null) e = cx.coercions.coerce(e, declared, t.span());
                Value val = constValue(e);
                if (t.isConst()) cx.scope.bind(t.name(), new Scope.Comptime(e.type(), val));
                else cx.scope.bind(t.name(), new Scope.ComptimeVar(new ComptimeCell(e.type(), val)));
            } else if (!(t.target() instanceof Ast.Identifier id && id.name().equals("_"))) {
                ComptimePlaces.Place p = cx.places.resolve(t.target());
                if (p == null) throw cx.error(t.span(), "unable to evaluate comptime expression");
                cx.places.store(p, constValue(cx.coercions.coerce(e, p.type(), t.span())));
            }
        }
    }

    private void varDecl(Ast.VarDecl v) {
        if (v.init() == null) throw cx.error(v.span(), "variables must be initialized");
        Type declared = v.type() != null ? cx.types.typeOf(v.type()) : null;
        if (v.init() instanceof Ast.ContainerType && declared == null) cx.nameHint = cx.stmts.localTypeName(v.name());
        Ir.Expr init = declared != null ? cx.exprs.exprAs(v.init(), declared) : cx.exprs.expr(v.init(), null);
        Value val = constValue(init);
        if (val == null) throw cx.error(v.init().span(), "unable to resolve comptime value");
        Type t = declared != null ? declared : init.type();
        if (v.isConst()) {
            cx.scope.bind(v.name(), new Scope.Comptime(t, val));
        } else {
            cx.scope.bind(v.name(), new Scope.ComptimeVar(new ComptimeCell(t, val)));
        }
    }

    /** An assignment run at compile time: to {@code _}, or to a place in a comptime variable. */
    void assign(Ast.Assign a) {
        if (a.target() instanceof Ast.Identifier id && id.name().equals("_") && a.op() == null) {
            cx.exprs.expr(a.value(), null);
            return;
        }
        ComptimePlaces.Place p = cx.places.resolve(a.target());
        if (p == null) {
            Ir.Expr target = cx.exprs.expr(a.target(), null);
            if (constValue(target) != null || cx.fn == null) throw cx.error(a.target().span(), "cannot assign to constant");
            throw cx.error(a.target().span(), "unable to evaluate comptime expression");
        }
        store(p, a);
    }

    /** Stores the value of {@code a} (an assignment, maybe compound) at a comptime place. */
    void store(ComptimePlaces.Place p, Ast.Assign a) {
        Value nv;
        if (a.op() == null) {
            Ir.Expr v = cx.exprs.exprAs(a.value(), p.type());
            nv = constValue(v);
            if (nv == null) throw cx.error(a.value().span(), "unable to resolve comptime value");
        } else {
            Value cur = cx.places.load(p);
            Ir.Expr r = cx.ops.compound(a, konst(p.type(), cur, a.target().span()));
            nv = constValue(r);
            if (nv == null) throw cx.error(a.value().span(), "unable to resolve comptime value");
        }
        cx.places.store(p, nv);
    }

    void execExpr(Ast.Expr e) {
        switch (e) {
            case Ast.Block b -> {
                if (b.label() != null) evalBlock(b, null);
                else execStmts(b.stmts());
            }
            case Ast.While w -> whileLoop(w, null);
            case Ast.For f -> forLoop(f, null);
            case Ast.Assign a -> assign(a);
            case Ast.Grouped g -> execExpr(g.expr());
            case Ast.Comptime c when c.expr() instanceof Ast.Block b && b.label() == null -> execStmts(b.stmts());
            default -> {
                Ir.Expr r = cx.exprs.expr(e, null);
                if (constValue(r) == null && !(r.type() instanceof Type.NoReturn)) {
                    throw cx.error(e.span(), "unable to evaluate comptime expression");
                }
            }
        }
    }

    // ------------------------------------------------------------------ control flow

    /** {@code return}, {@code break}, {@code continue} while running: leave by exception. */
    Ir.Expr jump(Ast.Expr e) {
        switch (e) {
            case Ast.Return r -> {
                Value v = Value.VoidV.INSTANCE;
                Type t = VOID;
                if (r.value() != null) {
                    Type rt = cx.comptimeReturnType;
                    Ir.Expr x = rt != null ? cx.exprs.exprAs(r.value(), rt) : cx.exprs.expr(r.value(), null);
                    v = constValue(x);
                    if (v == null) throw cx.error(r.value().span(), "unable to resolve comptime value");
                    t = x.type();
                }
                throw new Return(v, t);
            }
            case Ast.Break b -> {
                Value v = Value.VoidV.INSTANCE;
                Type t = VOID;
                if (b.value() != null) {
                    Ir.Expr x = cx.exprs.expr(b.value(), null);
                    v = constValue(x);
                    if (v == null) throw cx.error(b.value().span(), "unable to resolve comptime value");
                    t = x.type();
                }
                throw new Break(b.label(), v, t, b.span());
            }
            case Ast.Continue c -> {
                Ir.Expr v = null;
                if (c.value() != null) {
                    v = cx.exprs.expr(c.value(), null);
                    if (constValue(v) == null) throw cx.error(c.value().span(), "unable to resolve comptime value");
                }
                throw new Continue(c.label(), v, c.span());
            }
            default -> throw new IllegalStateException();
        }
    }

    /** A while loop, run; returns its value (a break's, the else branch's, or void). */
    Ir.Const whileLoop(Ast.While w, Type expected) {
        Span at = Span.at(w.span().file(), keywordStart(w.span(), "while"));
        while (true) {
            Scope saved = cx.scope;
            cx.scope = cx.scope.child();
            try {
                Ir.Expr c = cx.exprs.expr(w.cond(), null);
                Value cv = constValue(c);
                if (cv == null) throw cx.error(w.cond().span(), "unable to resolve comptime value");
                boolean go;
                if (c.type() instanceof Type.Bool) {
                    go = ((Value.BoolV) cv).value();
                } else if (c.type() instanceof Type.Optional ot) {
                    go = cv instanceof Value.OptionalV;
                    if (go && w.capture() != null && !w.capture().name().equals("_")) {
                        cx.scope.bind(w.capture().name(), new Scope.Comptime(ot.child(), ((Value.OptionalV) cv).payload()));
                    }
                } else {
                    throw cx.error(w.cond().span(), "expected type 'bool', found '" + c.type().name() + "'");
                }
                if (!go) break;
                countBranch(at);
                try {
                    execExpr(w.body());
                } catch (Break br) {
                    if (br.label == null || br.label.equals(w.label())) return result(br.value, br.type, expected, w.span());
                    throw br;
                } catch (Continue cn) {
                    if (cn.label != null && !cn.label.equals(w.label())) throw cn;
                }
                if (w.cont() != null) execExpr(w.cont());
            } finally {
                cx.scope = saved;
            }
        }
        if (w.otherwise() != null) {
            Ir.Expr o = cx.exprs.expr(w.otherwise(), expected);
            Value ov = constValue(o);
            if (ov == null) throw cx.error(w.otherwise().span(), "unable to resolve comptime value");
            return result(ov, o.type(), expected, w.span());
        }
        return result(Value.VoidV.INSTANCE, VOID, expected, w.span());
    }

    private static int keywordStart(Span span, String keyword) {
        int i = span.text().indexOf(keyword);
        return span.start() + Math.max(0, i);
    }

    /** One input of a for loop run at compile time: its elements, or the place of an array a pointer capture writes to. */
    private record Input(List<Value> elements, Type elementType, ComptimePlaces.Place place, long rangeStart, boolean isRange,
                         List<Type> fieldTypes) {
        Input(List<Value> elements, Type elementType, ComptimePlaces.Place place, long rangeStart, boolean isRange) {
            this(elements, elementType, place, rangeStart, isRange, null);
        }

        /** The type of element i: a tuple's elements each have their field's type. */
        Type typeOf(int i) { return fieldTypes != null ? fieldTypes.get(i) : elementType; }
    }

    /** A for loop, run; returns its value. */
    Ir.Const forLoop(Ast.For f, Type expected) {
        List<Input> inputs = new ArrayList<>();
        long len = -1;
        for (Ast.ForInput in : f.inputs()) {
            Input input = input(in);
            long n = input.elements().size();
            if (in.isRange() && in.rangeEnd() == null) n = -1;
            if (n >= 0) {
                if (len >= 0 && n != len) throw cx.error(in.span(), "non-matching for loop lengths");
                len = n;
            }
            inputs.add(input);
        }
        if (len < 0) throw cx.error(f.span(), "unbounded for loop");
        if (f.captures().size() != inputs.size()) throw new Sema.SemaError(); // AstGen reported it
        Span at = Span.at(f.span().file(), keywordStart(f.span(), "for"));
        for (long i = 0; i < len; i++) {
            Scope saved = cx.scope;
            cx.scope = cx.scope.child();
            try {
                for (int k = 0; k < inputs.size(); k++) {
                    Ast.Capture c = f.captures().get(k);
                    if (c.name().equals("_")) continue;
                    Input in = inputs.get(k);
                    if (in.isRange()) {
                        cx.scope.bind(c.name(), new Scope.Comptime(USIZE, Value.IntV.of(in.rangeStart() + i)));
                    } else if (c.byRef()) {
                        if (in.place() == null) throw cx.error(c.span(), "pointer capture of a value not in a variable");
                        ComptimePlaces.Place p = cx.places.element(in.place(), i, c.span());
                        cx.scope.bind(c.name(), new Scope.Comptime(new Type.Pointer(Type.PtrSize.ONE, p.type(), false), p.pointer()));
                    } else {
                        cx.scope.bind(c.name(), new Scope.Comptime(in.typeOf((int) i), in.elements().get((int) i)));
                    }
                }
                countBranch(at);
                try {
                    execExpr(f.body());
                } catch (Break br) {
                    if (br.label == null || br.label.equals(f.label())) return result(br.value, br.type, expected, f.span());
                    throw br;
                } catch (Continue cn) {
                    if (cn.label != null && !cn.label.equals(f.label())) throw cn;
                }
            } finally {
                cx.scope = saved;
            }
        }
        if (f.otherwise() != null) {
            Ir.Expr o = cx.exprs.expr(f.otherwise(), expected);
            Value ov = constValue(o);
            if (ov == null) throw cx.error(f.otherwise().span(), "unable to resolve comptime value");
            return result(ov, o.type(), expected, f.span());
        }
        return result(Value.VoidV.INSTANCE, VOID, expected, f.span());
    }

    private Input input(Ast.ForInput in) {
        if (in.isRange()) {
            long start = intValue(cx.exprs.comptimeValue(in.expr(), cx.scope, USIZE)).longValue();
            if (in.rangeEnd() == null) return new Input(List.of(), USIZE, null, start, true);
            long end = intValue(cx.exprs.comptimeValue(in.rangeEnd(), cx.scope, USIZE)).longValue();
            // the indices are made as the passes need them: a huge range costs nothing until the quota stops it
            int count = (int) Math.max(0, Math.min(Integer.MAX_VALUE, end - start));
            List<Value> idx = new java.util.AbstractList<>() {
                @Override public Value get(int i) { return Value.IntV.of(start + i); }
                @Override public int size() { return count; }
            };
            return new Input(idx, USIZE, null, start, true);
        }
        Ir.Expr obj = cx.exprs.expr(in.expr(), null);
        Value v = constValue(obj);
        if (v == null) throw cx.error(in.span(), "unable to resolve comptime value");
        Type t = obj.type();
        ComptimePlaces.Place place = null;
        if (v instanceof Value.CellPtrV p) {
            place = ComptimePlaces.Place.of(p);
            v = cx.places.load(place);
            t = p.pointee();
        } else if (t instanceof Type.Array) {
            place = cx.places.resolve(in.expr());
        }
        Type elem = elementType(t);
        if (elem == null && t instanceof StructType st && st.isTuple() && v instanceof Value.AggregateV av) {
            // each pass sees one field, with that field's type
            List<Type> types = new ArrayList<>();
            for (StructType.Field fd : st.fields()) types.add(fd.type());
            return new Input(av.elements(), null, null, 0, false, types);
        }
        if (elem == null) {
            throw cx.error(in.span(), "type '" + t.name() + "' is not indexable and not a range",
                    note(in.span(), "for loop operand must be a range, array, slice, tuple, or vector"));
        }
        return new Input(elementsOf(v, t), elem, place, 0, false);
    }

    /** The elements of a comptime array, string or slice value. */
    List<Value> elementsOf(Value v, Type t) {
        if (v instanceof Value.CellPtrV p) return elementsOf(cx.places.load(ComptimePlaces.Place.of(p)), p.pointee());
        Value target = v instanceof Value.RefV r ? r.target() : v;
        if (target instanceof Value.AggregateV a) return a.elements();
        if (target instanceof Value.StringV s) {
            List<Value> out = new ArrayList<>();
            for (byte b : s.bytes()) out.add(Value.IntV.of(b & 0xFF));
            return out;
        }
        Type arrayType = v instanceof Value.RefV r && r.targetType() instanceof Type.Array ? r.targetType() : t;
        if (target instanceof Value.UndefV && arrayType instanceof Type.Array a) {
            List<Value> out = new ArrayList<>();
            for (long i = 0; i < a.length(); i++) out.add(Value.UndefV.INSTANCE);
            return out;
        }
        throw new IllegalStateException("not a comptime sequence: " + v);
    }
}
