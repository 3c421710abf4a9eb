package org.heaplab.runtime.codegen;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.heaplab.lang.ir.Ir;
import org.heaplab.runtime.code.FnCode;
import org.heaplab.source.Span;

/**
 * Block scopes and the defers registered in them. A {@code defer} emits nothing where it is
 * written: its body is expanded (compiled again) at every exit of its scope, newest first: the
 * end of the block, each break, continue and return that leaves it, and the error path of each
 * {@code try}. An {@code errdefer} is expanded on error paths only, with its capture bound to
 * the error code.
 *
 * <p>The scopes also know the locals declared so far, which is what a statement's debug
 * information records: the locals in scope, the defers still pending in each scope, and the
 * defer whose body is being expanded (the defer queue pane shows it firing).
 */
final class DeferLowering {
    /** The defers and locals of one block so far. */
    private static final class Scope {
        final List<Ir.Defer> defers = new ArrayList<>();
        /** The locals declared in this scope so far (the stack pane lists them). */
        final List<Ir.Local> locals = new ArrayList<>();
        /** Where the scope begins (the statement that opened it). */
        final Span opened;

        Scope(Span opened, List<Ir.Local> captures) {
            this.opened = opened;
            locals.addAll(captures);
        }
    }

    private static final int[] NO_LOCALS = new int[0];

    private final FnContext cx;
    private final Deque<Scope> scopes = new ArrayDeque<>();
    /** Captures bound in the current statement, waiting for the scope of the body they belong to. */
    private final List<Ir.Local> pendingCaptures = new ArrayList<>();
    /** Defers already expanded (run or skipped) by the expansion in progress. */
    private final Set<Ir.Defer> unwound = new HashSet<>();
    /** The defer whose body is being emitted, and whether on the error path. */
    private Ir.Defer firing;
    private boolean firingOnError;
    /**
     * The locals in view, as the last statement listed them; null once a scope, a local or a capture changed. Statements
     * share it while it holds: a function of thousands of locals listed every one of them for each statement.
     */
    private int[] visibleLocals;

    DeferLowering(FnContext cx) {
        this.cx = cx;
    }

    // ------------------------------------------------------------------ scopes

    /** Opens a block's scope; the captures bound by the statement that opens it belong to it. */
    void enterScope() {
        scopes.push(new Scope(cx.out.site, pendingCaptures));
        pendingCaptures.clear();
        visibleLocals = null;
    }

    void exitScope() {
        scopes.pop();
        visibleLocals = null;
    }

    /** How many scopes are open (break and continue targets remember theirs). */
    int depth() { return scopes.size(); }

    /** A {@code defer} or {@code errdefer} statement: registered, run later. */
    void register(Ir.Defer d) { scopes.peek().defers.add(d); }

    /** A declared variable joins the innermost scope. */
    void declareVariable(Ir.Local l) {
        if (!l.hidden && !cx.fn.isLibrary()) {
            scopes.peek().locals.add(l);
            // it comes last in the list (after the innermost scope's locals) unless captures wait after them
            if (visibleLocals != null && pendingCaptures.isEmpty()) {
                visibleLocals = appended(visibleLocals, l.index);
            } else {
                visibleLocals = null;
            }
        }
    }

    /** A local now holds a value: a capture waits for its body's scope. */
    void declared(Ir.Local l) {
        if (l.hidden || cx.fn.isLibrary()) return;
        if (!pendingCaptures.contains(l)) {
            pendingCaptures.add(l);
            visibleLocals = null;
        }
    }

    /** The statement is over: captures it bound and no body took are forgotten. */
    void statementDone() {
        if (pendingCaptures.isEmpty()) return;
        pendingCaptures.clear();
        visibleLocals = null;
    }

    /** Whether an errdefer is registered in any open scope. */
    boolean hasErrDefer() {
        for (Scope s : scopes) for (Ir.Defer d : s.defers) if (d.isErr()) return true;
        return false;
    }

    // ------------------------------------------------------------------ expansion

    /** Emits the defers of the innermost {@code count} scopes, newest first; errdefers only on error. */
    void runDefers(int count, boolean onError, int errorCodeReg) {
        var outerUnwound = new HashSet<>(unwound);
        try {
            expand(count, onError, errorCodeReg);
        } finally {
            unwound.clear();
            unwound.addAll(outerUnwound);
        }
    }

    /** Emits every open scope's defers: the function is being left. */
    void runAll(boolean onError, int errorCodeReg) { runDefers(scopes.size(), onError, errorCodeReg); }

    private void expand(int count, boolean onError, int errorCodeReg) {
        Emitter out = cx.out;
        int i = 0;
        for (Scope s : scopes) {
            if (i++ >= count) break;
            for (int j = s.defers.size() - 1; j >= 0; j--) {
                Ir.Defer d = s.defers.get(j);
                if (d.isErr() && !onError) {
                    unwound.add(d);
                    continue;
                }
                Span saved = out.site;
                out.site = d.span();
                Ir.Defer outerFiring = firing;
                boolean outerOnError = firingOnError;
                firing = d;
                firingOnError = onError;
                int step = out.statement(d.span());
                if (d.errCapture() != null && errorCodeReg >= 0) cx.values.assignLocal(d.errCapture(), errorCodeReg);
                // a defer body cannot see the defers registered after it
                Scope top = scopes.peek();
                cx.values.gen(d.body(), Dest.DROP);
                out.endStatement(step);
                firing = outerFiring;
                firingOnError = outerOnError;
                unwound.add(d);
                out.site = saved;
                if (top != scopes.peek()) throw new IllegalStateException("defer changed scopes");
            }
        }
    }

    // ------------------------------------------------------------------ debug information

    /** A statement starting at {@code pc}, with what the panes show there: locals in scope, pending defers, a defer firing. */
    FnCode.Statement describeStatement(Span span, int pc) {
        if (cx.fn.isLibrary()) return new FnCode.Statement(span, pc, NO_LOCALS, List.of(), null, false);
        if (visibleLocals == null) visibleLocals = visibleLocals();
        List<FnCode.ScopeDefers> defers = new ArrayList<>();
        Scope innermost = scopes.peek();
        for (var outerFirst = scopes.descendingIterator(); outerFirst.hasNext(); ) {
            Scope s = outerFirst.next();
            if (s.defers.isEmpty() && s != innermost) continue;
            List<Ir.Defer> pending = new ArrayList<>();
            for (Ir.Defer d : s.defers) if (!unwound.contains(d) && d != firing) pending.add(d);
            // a scope with nothing pending shows nothing (the innermost shows a firing defer): leaving the others out
            // keeps a statement deep in thousands of blocks from costing a record per block
            if (!pending.isEmpty() || s == innermost) defers.add(new FnCode.ScopeDefers(s.opened, List.copyOf(pending)));
        }
        return new FnCode.Statement(span, pc, visibleLocals, List.copyOf(defers), firing, firingOnError);
    }

    private static int[] appended(int[] list, int index) {
        for (int i : list) if (i == index) return list;
        int[] out = java.util.Arrays.copyOf(list, list.length + 1);
        out[list.length] = index;
        return out;
    }

    /** The parameters, the locals of the open scopes (outermost first) and the captures waiting for a body: each once. */
    private int[] visibleLocals() {
        var visible = new java.util.LinkedHashSet<Integer>();
        for (Ir.Local p : cx.fn.params) if (!p.hidden) visible.add(p.index);
        for (var outerFirst = scopes.descendingIterator(); outerFirst.hasNext(); ) for (Ir.Local l : outerFirst.next().locals) visible.add(l.index);
        for (Ir.Local l : pendingCaptures) visible.add(l.index);
        return visible.stream().mapToInt(Integer::intValue).toArray();
    }
}
