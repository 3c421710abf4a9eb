package org.heaplab.runtime;

import java.util.List;
import org.heaplab.lang.ir.Ir;
import org.heaplab.source.Span;

/**
 * One function compiled for the VM: its instructions, constants, and the debug information
 * that maps each instruction back to the source (Zig's traces point at these spans).
 */
public final class FnCode {
    /** How a runtime parameter arrives: in a register, or copied into the frame. */
    record Param(boolean inRegister, int register, long frameOffset, long size, boolean scalar, int storeSize) {}

    /** Where a local lives: a register (with a frame slot for display) or frame memory. */
    public record LocalSlot(Ir.Local local, boolean inRegister, int register, long frameOffset) {}

    /**
     * A statement boundary: where stepping stops, with what the panes show there: the locals in
     * scope (indices into {@link #locals()}), the defers registered so far per enclosing scope
     * (outermost first; each scope's in registration order), and the defer whose body this
     * statement belongs to while it fires (on the error path or not).
     */
    public record Statement(Span span, int pc, int[] visible, List<ScopeDefers> defers, Ir.Defer firing, boolean firingOnError) {}

    /** The defers still pending in one scope, and where the scope begins. */
    public record ScopeDefers(Span opened, List<Ir.Defer> pending) {}

    final Ir.Function ir;
    final int index;
    int[] code = new int[0];
    long[] consts = new long[0];
    Span[] spans = new Span[0];
    int registers;
    /** Registers from {@code constBase} on hold these constants for the whole call. */
    int constBase;
    long[] constValues = new long[0];
    long frameSize;
    Param[] params = new Param[0];
    boolean aggregateResult;
    List<LocalSlot> locals = List.of();
    List<Statement> statements = List.of();
    /** First code address of this function (code addresses are codeBase + pc). */
    long codeBase;
    /** Set for functions of Heap Lab's std implemented in Java. */
    Natives.Native nativeImpl;

    FnCode(Ir.Function ir) {
        this.ir = ir;
        this.index = ir.index;
    }

    public Ir.Function function() { return ir; }

    public String name() { return ir.name; }

    public boolean isLibrary() { return ir.isLibrary(); }

    public boolean isInline() { return ir.isInline; }

    public List<LocalSlot> locals() { return locals; }

    public List<Statement> statements() { return statements; }

    public long frameSize() { return frameSize; }

    public Span spanAt(int pc) {
        if (pc < 0 || pc >= spans.length) return null;
        for (int p = pc; p >= 0; p--) if (spans[p] != null) return spans[p];
        return null;
    }

    public int codeLength() { return code.length; }

    private int[] runtimeArgIndex;

    /** For each declared parameter, its index among the runtime arguments (-1 for comptime ones). */
    int[] runtimeArgIndex() {
        if (runtimeArgIndex == null) {
            int[] idx = new int[ir.paramIsComptime.size()];
            int k = 0;
            for (int i = 0; i < idx.length; i++) idx[i] = ir.paramIsComptime.get(i) ? -1 : k++;
            runtimeArgIndex = idx;
        }
        return runtimeArgIndex;
    }

    /** The statement whose code holds {@code pc}: the last one starting at or before it, or -1. */
    public int statementContaining(int pc) {
        int lo = 0, hi = statements.size() - 1, best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (statements.get(mid).pc() <= pc) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    /** The statement starting at {@code pc} (a STMT instruction or a marked one), or -1. */
    int statementAt(int pc) {
        int lo = 0, hi = statements.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int p = statements.get(mid).pc();
            if (p == pc) return mid;
            if (p < pc) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }

    /** Where each instruction starts in {@link #code}. */
    java.util.BitSet starts = new java.util.BitSet();

    /** The instructions as text, one per line ("pc: OP operands"), for reading what the compiler made. */
    public String disassemble() {
        var sb = new StringBuilder();
        for (int pc = starts.nextSetBit(0); pc >= 0 && pc < code.length; ) {
            int next = starts.nextSetBit(pc + 1);
            if (next < 0) next = code.length;
            sb.append(pc).append((code[pc] & Op.STATEMENT) != 0 ? ": *" : ": ").append(Op.name(code[pc] & Op.OPCODE));
            for (int i = pc + 1; i < next; i++) sb.append(' ').append(code[i]);
            sb.append('\n');
            pc = next;
        }
        return sb.toString();
    }
}
