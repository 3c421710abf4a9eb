package org.heaplab.runtime.code;

import java.util.List;
import java.util.function.IntFunction;
import org.heaplab.lang.ir.Ir;
import org.heaplab.source.Span;

/**
 * One function compiled for the VM: its instructions, constants, and the debug information
 * that maps each instruction back to the source (Zig's traces point at these spans).
 * Made once by the code generator and never changed; natives (std functions written in Java)
 * have no code.
 */
public final class FnCode {
    /** How a runtime parameter arrives: in a register, or copied into the frame. */
    public record Param(boolean inRegister, int register, long frameOffset, long size, boolean scalar, int storeSize) {}

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

    private final Ir.Function ir;
    private final int[] code;
    private final long[] consts;
    private final Span[] spans;
    private final int registers;
    private final int constBase;
    private final long[] constValues;
    private final long frameSize;
    private final Param[] params;
    private final List<LocalSlot> locals;
    private final List<Statement> statements;
    private final int[] runtimeArgIndex;

    /** A compiled function: its code, the span each code word came from, and the rest. */
    public FnCode(Ir.Function ir, int[] code, Span[] spans, long[] consts, int registers, int constBase, long[] constValues,
                  long frameSize, Param[] params, List<LocalSlot> locals, List<Statement> statements) {
        this.ir = ir;
        this.code = code;
        this.spans = spans;
        this.consts = consts;
        this.registers = registers;
        this.constBase = constBase;
        this.constValues = constValues;
        this.frameSize = frameSize;
        this.params = params;
        this.locals = List.copyOf(locals);
        this.statements = List.copyOf(statements);
        this.runtimeArgIndex = runtimeArgIndex(ir);
    }

    /** A native: a function of Heap Lab's std implemented in Java, with no code of its own. */
    public static FnCode nativeFunction(Ir.Function ir) {
        return new FnCode(ir, new int[0], new Span[0], new long[0], 1, 0, new long[0], 0, new Param[0], List.of(), List.of());
    }

    public Ir.Function function() { return ir; }

    /** The function's index in the program (what CALL instructions name). */
    public int index() { return ir.index; }

    public String name() { return ir.name; }

    public boolean isLibrary() { return ir.isLibrary(); }

    public boolean isInline() { return ir.isInline; }

    public List<LocalSlot> locals() { return locals; }

    public List<Statement> statements() { return statements; }

    public long frameSize() { return frameSize; }

    /** The instructions (opcodes and operands; the VM reads it, nobody writes it). */
    public int[] code() { return code; }

    /** The constants LDK loads. */
    public long[] consts() { return consts; }

    public int registerCount() { return registers; }

    /** Registers from {@code constBase} on hold {@link #constValues()} for the whole call. */
    public int constBase() { return constBase; }

    public long[] constValues() { return constValues; }

    /** How each runtime argument arrives. */
    public Param[] params() { return params; }

    public Span spanAt(int pc) {
        if (pc < 0 || pc >= spans.length) return null;
        for (int p = pc; p >= 0; p--) if (spans[p] != null) return spans[p];
        return null;
    }

    public int codeLength() { return code.length; }

    private static int[] runtimeArgIndex(Ir.Function ir) {
        int[] idx = new int[ir.paramIsComptime.size()];
        int k = 0;
        for (int i = 0; i < idx.length; i++) idx[i] = ir.paramIsComptime.get(i) ? -1 : k++;
        return idx;
    }

    /** For each declared parameter, its index among the runtime arguments (-1 for comptime ones). */
    public int[] runtimeArgIndex() { return runtimeArgIndex; }

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
    public int statementAt(int pc) {
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

    /**
     * The instructions as text, one per line, for reading what the compiler made: the pc, a
     * {@code *} where a statement begins, the opcode, and its operands by kind (registers
     * {@code r3}, constants {@code k0=200}, jump targets {@code @28}, functions {@code fn12},
     * statements {@code s4}, type codes {@code u64}, a call's arguments in parentheses).
     */
    public String disassemble() { return disassemble(i -> "fn" + i); }

    /** The instructions as text, with called functions named by {@code functionName}. */
    public String disassemble(IntFunction<String> functionName) {
        var sb = new StringBuilder();
        for (int pc = 0; pc < code.length; ) {
            Op op = Op.of(code[pc]);
            sb.append(pc).append((code[pc] & Op.STATEMENT) != 0 ? ": *" : ": ").append(op);
            List<Operand> kinds = op.operands();
            for (int i = 0; i < kinds.size(); i++) {
                int v = code[pc + 1 + i];
                sb.append(' ').append(switch (kinds.get(i)) {
                    case DEF, REG -> "r" + v;
                    case OPT_DEF, OPT_REG -> v < 0 ? "-" : "r" + v;
                    case K -> "k" + v + "=" + consts[v];
                    case LABEL -> "@" + v;
                    case FN -> functionName.apply(v);
                    case STMT -> "s" + v;
                    case TYPE -> (Operand.signed(v) ? "i" : "u") + Operand.bits(v);
                    case LOAD -> List.of("u8", "s8", "u16", "s16", "u32", "s32", "64", "f32", "u1").get(v);
                    case SIZE -> v == -4 ? "f32" : v == -2 ? "f16" : Integer.toString(v);
                    case IMM -> Integer.toString(v);
                    case ARGS -> {
                        var args = new StringBuilder("(");
                        for (int j = 0; j < v; j++) args.append(j == 0 ? "r" : " r").append(code[pc + 2 + i + j]);
                        yield args.append(')').toString();
                    }
                });
            }
            sb.append('\n');
            pc += op.length(code, pc);
        }
        return sb.toString();
    }
}
