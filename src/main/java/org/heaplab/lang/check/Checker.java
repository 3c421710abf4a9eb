package org.heaplab.lang.check;

import static org.heaplab.lang.check.TypeRules.*;
import static org.heaplab.lang.check.Consts.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.heaplab.diag.Diagnostic;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.Type;
import org.heaplab.source.Span;

/**
 * The checker of one function body (or of a container-level or type expression): the state its
 * parts share (the function instance, the current scope, labels, comptime mode) and the parts,
 * each a class of its own: coercions, expressions, operators, initializers, type expressions,
 * statements, control flow, loops, calls, comptime evaluation and builtins.
 */
final class Checker {
    final Coercions coercions = new Coercions(this);
    final Expressions exprs = new Expressions(this);
    final Operators ops = new Operators(this);
    final ArrayOperators arrayOps = new ArrayOperators(this);
    final Initializers inits = new Initializers(this);
    final TypeExprs types = new TypeExprs(this);
    final Statements stmts = new Statements(this);
    final ControlFlow flow = new ControlFlow(this);
    final Loops loops = new Loops(this);
    final Calls calls = new Calls(this);
    final Comptime comptime = new Comptime(this);
    final ComptimePlaces places = new ComptimePlaces(this);
    final InlineLoops inlineLoops = new InlineLoops(this);
    final Reflection reflection = new Reflection(this);
    final Switches switches = new Switches(this);
    final Builtins builtins = new Builtins(this);
    final TypeBuiltins typeBuiltins = new TypeBuiltins(this);
    final CastBuiltins castBuiltins = new CastBuiltins(this);
    final MathBuiltins mathBuiltins = new MathBuiltins(this);
    final Vectors vectors = new Vectors(this);

    /**
     * Expressions already checked, by their syntax node: while a vector operation checks its
     * scalar form once per element, each operand's node stands for that element (see Vectors).
     */
    final java.util.Map<org.heaplab.lang.ast.Ast.Expr, Ir.Expr> prechecked = new java.util.IdentityHashMap<>();

    final Sema sema;

    /** The function instance being checked; null while evaluating container-level or type expressions. */
    final Ir.Function fn;

    Scope scope;

    /** The name a container expression gets (set while resolving {@code const Name = struct {...}}). */
    String nameHint;

    /** True inside {@code comptime} expressions and comptime function evaluation: calls are evaluated. */
    boolean comptimeMode;

    /**
     * True while statements are run rather than compiled: in code evaluated at compile time
     * (a comptime block, a function called while compiling, a container-level initializer).
     */
    boolean executing;

    /** How many run-time conditions and loops enclose the code being checked (a comptime store there is an error). */
    int runtimeBranches;

    Checker(Sema sema, Ir.Function fn, Scope scope) {
        this.sema = sema;
        this.fn = fn;
        this.scope = scope;
        this.comptimeMode = fn == null;
        this.executing = fn == null;
    }

    // ------------------------------------------------------------------ errors

    /** Pointers to bit fields (fields of packed structs) are not modelled: a clear error rather than a wrong address. */
    void rejectPackedFieldAddress(org.heaplab.lang.ir.Ir.Expr place, Span span) {
        if (place instanceof org.heaplab.lang.ir.Ir.FieldRef f && f.struct().isPacked()) {
            throw error(span, "Heap Lab does not support pointers to fields of packed structs");
        }
        // an element of a vector of whole-byte elements at a comptime-known index is a plain *T, as in Zig
        if (place instanceof org.heaplab.lang.ir.Ir.ElemRef el && el.base().type() instanceof Type.Vector v
                && (org.heaplab.lang.types.Layout.isBitPackedVector(v) || !(el.index() instanceof org.heaplab.lang.ir.Ir.Const))) {
            throw error(span, "Heap Lab does not support pointers to elements of this vector");
        }
    }

    Sema.SemaError error(Span span, String message, Diagnostic.Note... notes) {
        return sema.error(span, message, notes);
    }

    static Diagnostic.Note note(Span span, String message) { return new Diagnostic.Note(span, message); }

    /** A block or loop that break/continue can target. */
    static final class LabelCtx {
        final Ir.Label label;
        final String name;
        final boolean isLoop;
        Type expected;
        boolean broken;
        /** For a pass of an unrolled inline loop: the block a {@code continue} leaves. */
        Ir.Label continueTarget;
        /** For a labeled switch: the variable {@code continue :sw value} stores to, and the loop it then repeats. */
        Ir.Local switchOperand;
        Ir.Label switchLoop;

        /** Whether the block has a result type from outside; if not, its breaks' values take their peer type. */
        final boolean typed;
        /** The breaks with a value, of a block without a result type (coerced when the block ends). */
        final List<Ir.Break> breaks = new ArrayList<>();

        LabelCtx(Ir.Label label, String name, boolean isLoop, Type expected) {
            this.label = label;
            this.name = name;
            this.isLoop = isLoop;
            this.expected = expected;
            this.typed = expected != null;
        }
    }

    final Deque<LabelCtx> labels = new ArrayDeque<>();

    int deferDepth;
    /** How many labels were open when the innermost defer began: a break or continue may target only those opened after. */
    int deferLabelBase;
    /** A switch prong's item is being checked (Zig words an unknown enum literal there differently). */
    boolean inSwitchItem;
    /** The innermost defer being checked (its keyword, for Zig's 'defer expression here' note). */
    Span deferSite;

    /** Set while checking the operand of {@code _ = x}: its branches need not agree on a type. */
    boolean discarding;

    boolean takeDiscard() {
        boolean d = discarding;
        discarding = false;
        return d;
    }

    /** While evaluating a function at compile time: its return type (the result type of {@code return}). */
    Type comptimeReturnType;

    /** Running a function's body at compile time: a {@code return} has a function to leave (compiled ones have {@link #fn}). */
    boolean runningFunction;

    /** Where Zig reports an error about an expression: at its main token (a binary operator's symbol, for one). */
    static Span mainSpan(org.heaplab.lang.ast.Ast.Expr e) {
        return switch (e) {
            case org.heaplab.lang.ast.Ast.Binary b -> b.opSpan();
            case org.heaplab.lang.ast.Ast.Catch c -> c.opSpan();
            case org.heaplab.lang.ast.Ast.Orelse o -> o.opSpan();
            // a call's main token is its '(', a field access's its '.'
            case org.heaplab.lang.ast.Ast.Call c -> c.lparen();
            case org.heaplab.lang.ast.Ast.Field f -> new Span(f.nameSpan().file(), f.nameSpan().start() - 1, f.nameSpan().start());
            case org.heaplab.lang.ast.Ast.Init i -> {
                // an initializer's main token is its '{'
                int from = i.type() != null ? i.type().span().end() : i.span().start();
                int brace = i.span().file().text().indexOf('{', from);
                yield brace >= 0 && brace < i.span().end() ? new Span(i.span().file(), brace, brace + 1) : i.span();
            }
            default -> e.span();
        };
    }
}
