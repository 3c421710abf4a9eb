package org.heaplab.runtime.codegen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.heaplab.runtime.code.FnCode;
import org.heaplab.runtime.code.Op;
import org.heaplab.runtime.code.Operand;
import org.heaplab.source.Span;

/**
 * The code buffer of one function: instructions with the span each came from, labels and the
 * jumps waiting for them, the constant pool, the temporary registers, and statement marks.
 *
 * <p>A statement boundary costs no instruction of its own: the first instruction emitted after
 * {@link #statement} carries {@link Op#STATEMENT}. A label bound in between, or a statement that
 * emits nothing, gets a STMT instead, so every statement still takes its step.
 */
final class Emitter {
    private final FnContext cx;
    private int[] code = new int[256];
    private Span[] spans = new Span[256];
    private int len;
    private final List<Long> consts = new ArrayList<>();
    private final Map<Long, Integer> constIndex = new HashMap<>();
    private final List<int[]> labelUses = new ArrayList<>();
    private final List<Integer> labels = new ArrayList<>();
    private final List<FnCode.Statement> statements = new ArrayList<>();
    /** The statement whose mark waits for the next instruction, or -1. */
    private int pendingStatement = -1;
    private int nextReg;
    private int maxReg;
    /** The span the next instructions come from (where Zig's traces point). */
    Span site;
    /**
     * Where Zig's last debug statement points: the statement's start, a call's parenthesis, an arithmetic
     * operator (+ - * / %), in the order the code runs. An operation with no debug statement of its own
     * (an integer negation's overflow check) is reported there, not at its operand.
     */
    Span debugStatement;

    Emitter(FnContext cx) {
        this.cx = cx;
        this.site = cx.fn.span;
    }

    // ------------------------------------------------------------------ instructions

    /** Emits an instruction; its operands must be those the table gives the opcode. */
    void emit(Op op, int... operands) {
        op.check(operands);
        ensure(1 + operands.length);
        spans[len] = site;
        code[len++] = mark(op);
        for (int o : operands) code[len++] = o;
    }

    /** Emits a jump-like instruction whose last operand is a label. */
    void jump(Op op, int label, int... operands) {
        int[] all = Arrays.copyOf(operands, operands.length + 1);
        all[operands.length] = label;
        op.check(all);
        if (op.operands().getLast() != Operand.LABEL) throw new IllegalArgumentException(op + " takes no label last");
        ensure(2 + operands.length);
        spans[len] = site;
        code[len++] = mark(op);
        for (int o : operands) code[len++] = o;
        labelUses.add(new int[] {len, label});
        code[len++] = -1;
    }

    private int mark(Op op) {
        int word = cx.image.opcodeWord(op);
        if (pendingStatement < 0) return word;
        pendingStatement = -1;
        return word | Op.STATEMENT;
    }

    private void ensure(int n) {
        if (len + n > code.length) {
            code = Arrays.copyOf(code, Math.max(code.length * 2, len + n));
            spans = Arrays.copyOf(spans, code.length);
        }
    }

    /** The index of a constant in the pool (what LDK takes). */
    int k(long v) {
        return constIndex.computeIfAbsent(v, x -> {
            consts.add(x);
            return consts.size() - 1;
        });
    }

    int newLabel() {
        labels.add(-1);
        return labels.size() - 1;
    }

    void bind(int label) {
        flushStatement();
        labels.set(label, len);
    }

    // ------------------------------------------------------------------ registers

    /** A fresh register, live until the end of the statement (see {@link #releaseTemps}). */
    int temp() {
        int r = nextReg++;
        if (nextReg > maxReg) maxReg = nextReg;
        return r;
    }

    /** The next register {@link #temp} would give: a mark to release temporaries back to. */
    int tempMark() { return nextReg; }

    /** Frees the temporaries taken since {@code mark}, but never the first {@code reserved} registers. */
    void releaseTemps(int mark, int reserved) { nextReg = Math.max(mark, reserved); }

    // ------------------------------------------------------------------ statements

    /** Starts a statement (a step) at the current position; returns its index. */
    int statement(Span span) {
        flushStatement();
        statements.add(cx.defers.describeStatement(span, len));
        pendingStatement = statements.size() - 1;
        return pendingStatement;
    }

    /** Whether a statement has started and no instruction carries its mark yet. */
    boolean statementPending() { return pendingStatement >= 0; }

    /** Ends statement {@code s}: if it made no instruction, it still takes its step (a STMT). */
    void endStatement(int s) {
        if (pendingStatement == s) flushStatement();
    }

    private void flushStatement() {
        if (pendingStatement < 0) return;
        int s = pendingStatement;
        pendingStatement = -1;
        emit(Op.STMT, s);
    }

    // ------------------------------------------------------------------ the result

    /**
     * Gives the first instruction of each sequence that has a superinstruction ({@link
     * Op#superinstruction}) the superinstruction's opcode. Nothing moves: the other instructions
     * stay where they are, for the jumps to them and for stopping or resuming at their
     * statements; the VM runs them from the first one's handler.
     */
    private void fuse() {
        for (int pc = 0; pc < len; ) {
            List<Op> sequence = new ArrayList<>(3);
            for (int at = pc; at < len && sequence.size() < 3; at += Op.of(code[at]).length(code, at)) sequence.add(Op.of(code[at]));
            Op fused = Op.superinstruction(sequence);
            if (fused != null) code[pc] = cx.image.opcodeWord(fused) | (code[pc] & Op.STATEMENT);
            pc += sequence.getFirst().length(code, pc);
        }
    }

    /** The compiled function: code with its jumps resolved, constants, registers and debug information. */
    FnCode finish(FrameLayout frame) {
        flushStatement();
        for (int[] use : labelUses) code[use[0]] = labels.get(use[1]);
        fuse();
        return new FnCode(cx.fn, Arrays.copyOf(code, len), Arrays.copyOf(spans, len),
                consts.stream().mapToLong(Long::longValue).toArray(), Math.max(1, maxReg), frame.constBase(), frame.constValues(),
                frame.frameSize(), frame.params(), frame.localSlots(), statements);
    }
}
