package org.heaplab.runtime;

import org.heaplab.lang.types.fp.FloatBits;
import java.util.Arrays;
import org.heaplab.memory.AddressSpace;
import org.heaplab.memory.ByteState;
import org.heaplab.memory.MemoryFault;
import org.heaplab.runtime.code.FnCode;
import org.heaplab.runtime.code.Op;
import org.heaplab.runtime.code.Operand;

import static org.heaplab.runtime.Handlers.*; // H_MOV ...: the loop's handler numbers

/**
 * The virtual machine: runs compiled functions on the simulated memory.
 *
 * <h2>Dispatch</h2>
 * {@link #loop} reads an instruction's opcode ({@link Op}) and switches on it; the commonest
 * instructions are executed there, the others by {@link Instructions#rare}.
 *
 * <h2>Stepping</h2>
 * A statement's first instruction carries the {@link Op#STATEMENT} mark (or is a STMT). It
 * counts steps (the unit of every limit and of time travel) and, when a {@link StepHook} is
 * installed, hands control to it, which may block the interpreter thread until the user steps on. Limits are checked there too:
 * the step count at once, wall time and stop requests every 65,536 steps.
 *
 * <h2>Frames</h2>
 * A call pushes a {@link Frame} and takes its memory from the simulated stack (the stack
 * pointer moves down); a return pops it. There is no Java recursion between Zig functions:
 * a native that calls back into Zig code (an allocator whose parent is written in Zig) runs
 * a nested loop until that call returns.
 *
 * <p>Beside it: {@link RunLimits} (the step budget, the deadline, stop requests and the work
 * natives do), {@link ErrorReturnTrace} (Zig's error return trace) and {@link StackWalk} (the
 * positions a stack trace prints).
 */
public final class Vm {
    /** Called at each statement when stepping; may block. */
    public interface StepHook {
        void onStatement(Vm vm, Frame frame, int statement);
    }


    final Image image;
    final AddressSpace mem;
    final Machine machine;
    private Frame current;
    private long sp;
    private final long stackBottom;
    private int depth;
    long steps;
    private final RunLimits limits = new RunLimits();
    private StepHook hook;
    private final ErrorReturnTrace errorTrace = new ErrorReturnTrace();
    /** The innermost frame when a fault or panic was raised (for its trace). */
    private Frame faultFrame;
    /** How often each statement of the program's own functions has run, or null when not counted (see {@link HitCounts}). */
    private HitCounts hits;

    Vm(Machine machine, Image image, AddressSpace mem, long stackSize) {
        this.machine = machine;
        this.image = image;
        this.mem = mem;
        mem.setWorkMeter(this::work);
        long base = mem.map(AddressSpace.Region.STACK, stackSize, AddressSpace.PAGE_SIZE, "stack");
        this.stackBottom = base;
        this.sp = base + ((stackSize + AddressSpace.PAGE_MASK) & ~AddressSpace.PAGE_MASK);
    }

    public long steps() { return steps; }

    public Frame currentFrame() { return current; }

    /** The lowest address of the stack in use (frames and scratch lie at and above it). */
    public long stackPointer() { return sp; }

    /** Registers of a frame. */
    public static int registerCount(Frame f) { return f.r.length; }

    public Frame faultFrame() { return faultFrame; }

    public void setHook(StepHook hook) { this.hook = hook; }

    /** Counts how often each statement of the program's own code runs from now on (before the run starts; checkpoints keep the counts). */
    public void countHits() {
        if (hits == null) hits = new HitCounts(image.functions);
    }

    /** The statement counts, or null when they are not kept. */
    public HitCounts hits() { return hits; }

    private volatile boolean everyStatement = true;
    private volatile boolean attention;

    /**
     * Whether the hook runs at every statement (stepping, breakpoints, animation) or only at the
     * VM's periodic checks, every 65,536 statements (a run to its end at full speed, which can
     * still be paused). Takes effect at the next check.
     */
    public void setHookEveryStatement(boolean every) { this.everyStatement = every; }

    /** Asks for the hook at the next periodic check, or at once when it runs at every statement (from any thread). */
    public void requestAttention() { attention = true; }

    void setLimits(long maxSteps, long maxMillis) { limits.set(maxSteps, maxMillis); }

    /** Moves the time limit's deadline later (by the time a run spent paused, which is not running time). */
    public void extendDeadline(long nanos) { limits.extendDeadline(nanos); }

    /** Asks the run to stop at the next check (from any thread). */
    public void requestStop() { limits.requestStop(); }

    // ------------------------------------------------------------------ calls from Java

    /** Runs a function to completion and returns its scalar result (0 for void or aggregates). */
    long call(FnCode fn, long[] args, long resultAddr) {
        Natives.Native nat = image.nativeOf(fn);
        if (nat != null) return nat.invoke(new NativeCall(this, fn, args, resultAddr));
        Frame caller = current;
        Frame f = push(fn, caller, resultAddr, -1);
        for (int i = 0; i < args.length; i++) passArg(f, fn.params()[i], args[i]);
        current = f;
        faultFrame = null;
        long v = execute(f);
        current = caller;
        return v;
    }

    private Frame push(FnCode callee, Frame caller, long resultAddr, int retDst) {
        long base = (sp - callee.frameSize()) & ~15L;
        if (base - 16 < stackBottom || depth > 1_000_000) throw new StackOverflow();
        Frame f = new Frame(callee, base, resultAddr, caller, retDst, sp);
        f.traceMark = errorTrace.length();
        sp = base - 16;
        depth++;
        return f;
    }

    private long scratch;

    /** Reserves bytes on the stack below the current frame (for arguments built by Java); returns the old stack pointer. */
    long pushScratch(long size) {
        long saved = sp;
        sp = (sp - size) & ~15L;
        if (sp < stackBottom) throw new StackOverflow();
        scratch = sp;
        return saved;
    }

    long scratchAddress() { return scratch; }

    void popScratch(long savedSp) { sp = savedSp; }

    private void passArg(Frame f, FnCode.Param p, long v) {
        if (p.inRegister()) {
            f.r[p.register()] = v;
        } else if (p.scalar()) {
            store(f.base + p.frameOffset(), p.storeSize(), v);
        } else {
            mem.copy(f.base + p.frameOffset(), v, p.size());
        }
    }

    private void pop(Frame f) {
        sp = f.savedSp;
        depth--;
    }

    // ------------------------------------------------------------------ the loop

    /** Runs from the current frame until {@code stop} returns; returns its scalar result. */
    private long execute(Frame stop) {
        // a native that calls back into Zig code (a format method printing itself, an allocator
        // written in Zig) nests a loop on the Java stack: past a bound that any thread's stack
        // holds, the program's stack has overflowed, as it would in Zig
        if (nesting >= MAX_NESTING) throw new StackOverflow();
        nesting++;
        try {
            return loop(stop);
        } finally {
            nesting--;
        }
    }

    private long loop(Frame stop) {
        Frame f = current;
        int[] code = f.fn.code();
        long[] r = f.r;
        long[] k = f.fn.consts();
        int[] hc = HitCounts.of(hits, f.fn);
        int pc = f.pc;
        // the step counter lives in a local while the loop runs; this.steps is brought up to
        // date whenever control leaves the loop (natives, rare instructions, limits, returns)
        long steps = this.steps;
        long checkAt = nextCheck(steps);
        try {
            while (true) {
                int op = code[pc];
                if (op < 0) {
                    // the first instruction of a statement: a step
                    if (++steps >= checkAt) {
                        steps = statementBoundary(f, pc, UNKNOWN_STATEMENT, steps);
                        checkAt = nextCheck(steps);
                    }
                    // counted once it runs: a checkpoint taken in the hook does not hold it yet
                    if (hc != null) hc[pc]++;
                    op &= ~Op.STATEMENT;
                }
                // the code word carries the instruction's handler (Image.opcodeWord)
                switch (op >>> Op.MACHINE_SHIFT) {
                    case H_MOV -> {
                        r[code[pc + 1]] = r[code[pc + 2]];
                        pc += 3;
                    }
                    case H_LDK -> {
                        r[code[pc + 1]] = k[code[pc + 2]];
                        pc += 3;
                    }
                    case H_LDFRAME -> {
                        r[code[pc + 1]] = f.base + code[pc + 2];
                        pc += 3;
                    }
                    case H_LD -> {
                        r[code[pc + 1]] = load(r[code[pc + 2]] + code[pc + 3], code[pc + 4]);
                        pc += 5;
                    }
                    case H_ST -> {
                        storeSource = code[pc + 3];
                        store(r[code[pc + 1]] + code[pc + 2], code[pc + 4], r[code[pc + 3]]);
                        pc += 5;
                    }
                    case H_LDF -> {
                        r[code[pc + 1]] = load(f.base + code[pc + 2], code[pc + 3]);
                        pc += 4;
                    }
                    case H_STF -> {
                        storeSource = code[pc + 2];
                        store(f.base + code[pc + 1], code[pc + 3], r[code[pc + 2]]);
                        pc += 4;
                    }
                    case H_ADD -> {
                        r[code[pc + 1]] = Ints.add(r[code[pc + 2]], r[code[pc + 3]], code[pc + 4]);
                        pc += 5;
                    }
                    case H_SUB -> {
                        r[code[pc + 1]] = Ints.sub(r[code[pc + 2]], r[code[pc + 3]], code[pc + 4]);
                        pc += 5;
                    }
                    case H_MUL -> {
                        r[code[pc + 1]] = Ints.mul(r[code[pc + 2]], r[code[pc + 3]], code[pc + 4]);
                        pc += 5;
                    }
                    case H_ADDW -> {
                        r[code[pc + 1]] = Ints.norm(r[code[pc + 2]] + r[code[pc + 3]], code[pc + 4]);
                        pc += 5;
                    }
                    case H_SUBW -> {
                        r[code[pc + 1]] = Ints.norm(r[code[pc + 2]] - r[code[pc + 3]], code[pc + 4]);
                        pc += 5;
                    }
                    case H_MULW -> {
                        r[code[pc + 1]] = Ints.norm(r[code[pc + 2]] * r[code[pc + 3]], code[pc + 4]);
                        pc += 5;
                    }
                    case H_AND -> {
                        r[code[pc + 1]] = r[code[pc + 2]] & r[code[pc + 3]];
                        pc += 4;
                    }
                    case H_OR -> {
                        r[code[pc + 1]] = r[code[pc + 2]] | r[code[pc + 3]];
                        pc += 4;
                    }
                    case H_XOR -> {
                        r[code[pc + 1]] = r[code[pc + 2]] ^ r[code[pc + 3]];
                        pc += 4;
                    }
                    case H_ADDU64 -> {
                        long a = r[code[pc + 2]], b = r[code[pc + 3]], v = a + b;
                        if (Long.compareUnsigned(v, a) < 0) throw Ints.overflow();
                        r[code[pc + 1]] = v;
                        pc += 4;
                    }
                    case H_SUBU64 -> {
                        long a = r[code[pc + 2]], b = r[code[pc + 3]];
                        if (Long.compareUnsigned(a, b) < 0) throw Ints.overflow();
                        r[code[pc + 1]] = a - b;
                        pc += 4;
                    }
                    case H_MULU64 -> {
                        long a = r[code[pc + 2]], b = r[code[pc + 3]];
                        if (Math.unsignedMultiplyHigh(a, b) != 0) throw Ints.overflow();
                        r[code[pc + 1]] = a * b;
                        pc += 4;
                    }
                    case H_ADDW64 -> {
                        r[code[pc + 1]] = r[code[pc + 2]] + r[code[pc + 3]];
                        pc += 4;
                    }
                    case H_SUBW64 -> {
                        r[code[pc + 1]] = r[code[pc + 2]] - r[code[pc + 3]];
                        pc += 4;
                    }
                    case H_MULW64 -> {
                        r[code[pc + 1]] = r[code[pc + 2]] * r[code[pc + 3]];
                        pc += 4;
                    }
                    case H_SHRU64 -> {
                        long b = r[code[pc + 3]];
                        r[code[pc + 1]] = Long.compareUnsigned(b, 64) >= 0 ? 0 : r[code[pc + 2]] >>> b;
                        pc += 4;
                    }
                    case H_ADDU64K -> {
                        r[code[pc + 1]] = Ints.addU64(r[code[pc + 2]], code[pc + 3]);
                        pc += 4;
                    }
                    case H_SUBU64K -> {
                        r[code[pc + 1]] = Ints.subU64(r[code[pc + 2]], code[pc + 3]);
                        pc += 4;
                    }
                    case H_MULU64K -> {
                        r[code[pc + 1]] = Ints.mulU64(r[code[pc + 2]], code[pc + 3]);
                        pc += 4;
                    }
                    case H_ADDI64K -> {
                        r[code[pc + 1]] = Ints.addI64(r[code[pc + 2]], code[pc + 3]);
                        pc += 4;
                    }
                    case H_ADDW64K -> {
                        r[code[pc + 1]] = r[code[pc + 2]] + code[pc + 3];
                        pc += 4;
                    }
                    case H_MULW64K -> {
                        r[code[pc + 1]] = r[code[pc + 2]] * code[pc + 3];
                        pc += 4;
                    }
                    case H_SHRU64K -> {
                        r[code[pc + 1]] = r[code[pc + 2]] >>> code[pc + 3];
                        pc += 4;
                    }
                    case H_SHL64K -> {
                        r[code[pc + 1]] = r[code[pc + 2]] << code[pc + 3];
                        pc += 4;
                    }
                    case H_ANDK -> {
                        r[code[pc + 1]] = r[code[pc + 2]] & code[pc + 3];
                        pc += 4;
                    }
                    case H_ORK -> {
                        r[code[pc + 1]] = r[code[pc + 2]] | code[pc + 3];
                        pc += 4;
                    }
                    case H_XORK -> {
                        r[code[pc + 1]] = r[code[pc + 2]] ^ code[pc + 3];
                        pc += 4;
                    }
                    case H_SHL -> {
                        r[code[pc + 1]] = Ints.shl(r[code[pc + 2]], r[code[pc + 3]], code[pc + 4]);
                        pc += 5;
                    }
                    case H_SHR -> {
                        r[code[pc + 1]] = Ints.shr(r[code[pc + 2]], r[code[pc + 3]], code[pc + 4]);
                        pc += 5;
                    }
                    case H_IDXADDR -> {
                        r[code[pc + 1]] = r[code[pc + 2]] + r[code[pc + 3]] * code[pc + 4];
                        pc += 5;
                    }
                    case H_EQ -> {
                        r[code[pc + 1]] = r[code[pc + 2]] == r[code[pc + 3]] ? 1 : 0;
                        pc += 4;
                    }
                    case H_NE -> {
                        r[code[pc + 1]] = r[code[pc + 2]] != r[code[pc + 3]] ? 1 : 0;
                        pc += 4;
                    }
                    case H_LTS -> {
                        r[code[pc + 1]] = r[code[pc + 2]] < r[code[pc + 3]] ? 1 : 0;
                        pc += 4;
                    }
                    case H_LTU -> {
                        r[code[pc + 1]] = Long.compareUnsigned(r[code[pc + 2]], r[code[pc + 3]]) < 0 ? 1 : 0;
                        pc += 4;
                    }
                    case H_JMP -> pc = code[pc + 1];
                    case H_JZ -> pc = r[code[pc + 1]] == 0 ? code[pc + 2] : pc + 3;
                    case H_JNZ -> pc = r[code[pc + 1]] != 0 ? code[pc + 2] : pc + 3;
                    case H_JEQ -> pc = r[code[pc + 1]] == r[code[pc + 2]] ? code[pc + 3] : pc + 4;
                    case H_JNE -> pc = r[code[pc + 1]] != r[code[pc + 2]] ? code[pc + 3] : pc + 4;
                    case H_JLTS -> pc = r[code[pc + 1]] < r[code[pc + 2]] ? code[pc + 3] : pc + 4;
                    case H_JLTU -> pc = Long.compareUnsigned(r[code[pc + 1]], r[code[pc + 2]]) < 0 ? code[pc + 3] : pc + 4;
                    case H_JGES -> pc = r[code[pc + 1]] >= r[code[pc + 2]] ? code[pc + 3] : pc + 4;
                    case H_JGEU -> pc = Long.compareUnsigned(r[code[pc + 1]], r[code[pc + 2]]) >= 0 ? code[pc + 3] : pc + 4;
                    case H_JEQK -> pc = r[code[pc + 1]] == code[pc + 2] ? code[pc + 3] : pc + 4;
                    case H_JNEK -> pc = r[code[pc + 1]] != code[pc + 2] ? code[pc + 3] : pc + 4;
                    case H_JLTSK -> pc = r[code[pc + 1]] < code[pc + 2] ? code[pc + 3] : pc + 4;
                    case H_JLTUK -> pc = Long.compareUnsigned(r[code[pc + 1]], code[pc + 2]) < 0 ? code[pc + 3] : pc + 4;
                    case H_JGESK -> pc = r[code[pc + 1]] >= code[pc + 2] ? code[pc + 3] : pc + 4;
                    case H_JGEUK -> pc = Long.compareUnsigned(r[code[pc + 1]], code[pc + 2]) >= 0 ? code[pc + 3] : pc + 4;
                    // superinstructions (see Op.parts): the first part, then each instruction after it,
                    // which counts its own step when it begins a statement, unless a check is due
                    // there: then the loop goes on from it (steps--; continue), as if there were no
                    // superinstruction
                    case H_ADDU64K_JLTU -> {
                        r[code[pc + 1]] = Ints.addU64(r[code[pc + 2]], code[pc + 3]);
                        pc += 4;
                        if (code[pc] < 0 && (++steps >= checkAt || hc != null)) { steps--; continue; }
                        pc = Long.compareUnsigned(r[code[pc + 1]], r[code[pc + 2]]) < 0 ? code[pc + 3] : pc + 4;
                    }
                    case H_ADDU64K_JLTUK -> {
                        r[code[pc + 1]] = Ints.addU64(r[code[pc + 2]], code[pc + 3]);
                        pc += 4;
                        if (code[pc] < 0 && (++steps >= checkAt || hc != null)) { steps--; continue; }
                        pc = Long.compareUnsigned(r[code[pc + 1]], code[pc + 2]) < 0 ? code[pc + 3] : pc + 4;
                    }
                    case H_ADDI64K_JLTS -> {
                        r[code[pc + 1]] = Ints.addI64(r[code[pc + 2]], code[pc + 3]);
                        pc += 4;
                        if (code[pc] < 0 && (++steps >= checkAt || hc != null)) { steps--; continue; }
                        pc = r[code[pc + 1]] < r[code[pc + 2]] ? code[pc + 3] : pc + 4;
                    }
                    case H_ADDI64K_JLTSK -> {
                        r[code[pc + 1]] = Ints.addI64(r[code[pc + 2]], code[pc + 3]);
                        pc += 4;
                        if (code[pc] < 0 && (++steps >= checkAt || hc != null)) { steps--; continue; }
                        pc = r[code[pc + 1]] < code[pc + 2] ? code[pc + 3] : pc + 4;
                    }
                    case H_LD_ADDU64K_ST, H_LD_SUBU64K_ST, H_LD_ADDU64_ST, H_LD_SUBU64_ST -> {
                        r[code[pc + 1]] = load(r[code[pc + 2]] + code[pc + 3], code[pc + 4]);
                        int h = op >>> Op.MACHINE_SHIFT;
                        pc += 5;
                        if (code[pc] < 0 && (++steps >= checkAt || hc != null)) { steps--; continue; }
                        long a = r[code[pc + 2]];
                        r[code[pc + 1]] = switch (h) {
                            case H_LD_ADDU64K_ST -> Ints.addU64(a, code[pc + 3]);
                            case H_LD_SUBU64K_ST -> Ints.subU64(a, code[pc + 3]);
                            case H_LD_ADDU64_ST -> Ints.addU64(a, r[code[pc + 3]]);
                            default -> Ints.subU64(a, r[code[pc + 3]]);
                        };
                        pc += 4;
                        if (code[pc] < 0 && (++steps >= checkAt || hc != null)) { steps--; continue; }
                        store(r[code[pc + 1]] + code[pc + 2], code[pc + 4], r[code[pc + 3]]);
                        pc += 5;
                    }
                    case H_LD_LD -> {
                        r[code[pc + 1]] = load(r[code[pc + 2]] + code[pc + 3], code[pc + 4]);
                        pc += 5;
                        if (code[pc] < 0 && (++steps >= checkAt || hc != null)) { steps--; continue; }
                        r[code[pc + 1]] = load(r[code[pc + 2]] + code[pc + 3], code[pc + 4]);
                        pc += 5;
                    }
                    case H_LDF_LDF -> {
                        r[code[pc + 1]] = load(f.base + code[pc + 2], code[pc + 3]);
                        pc += 4;
                        if (code[pc] < 0 && (++steps >= checkAt || hc != null)) { steps--; continue; }
                        r[code[pc + 1]] = load(f.base + code[pc + 2], code[pc + 3]);
                        pc += 4;
                    }
                    case H_BOUNDS_IDXADDR -> {
                        Ints.checkIndex(r[code[pc + 1]], r[code[pc + 2]]);
                        pc += 3;
                        if (code[pc] < 0 && (++steps >= checkAt || hc != null)) { steps--; continue; }
                        r[code[pc + 1]] = r[code[pc + 2]] + r[code[pc + 3]] * code[pc + 4];
                        pc += 5;
                    }
                    case H_XOR_ADDW64 -> {
                        r[code[pc + 1]] = r[code[pc + 2]] ^ r[code[pc + 3]];
                        pc += 4;
                        if (code[pc] < 0 && (++steps >= checkAt || hc != null)) { steps--; continue; }
                        r[code[pc + 1]] = r[code[pc + 2]] + r[code[pc + 3]];
                        pc += 4;
                    }
                    case H_ADDW64K_JMP -> {
                        r[code[pc + 1]] = r[code[pc + 2]] + code[pc + 3];
                        pc += 4;
                        if (code[pc] < 0 && (++steps >= checkAt || hc != null)) { steps--; continue; }
                        pc = code[pc + 1];
                    }
                    case H_BOUNDS -> {
                        Ints.checkIndex(r[code[pc + 1]], r[code[pc + 2]]);
                        pc += 3;
                    }
                    case H_STMT -> {
                        if (++steps >= checkAt) {
                            steps = statementBoundary(f, pc, code[pc + 1], steps);
                            checkAt = nextCheck(steps);
                        }
                        if (hc != null) hc[pc]++;
                        pc += 2;
                    }
                    case H_CALL -> {
                        FnCode callee = image.functions.get(code[pc + 1]);
                        int n = code[pc + 4];
                        f.callPc = pc;
                        f.pc = pc + 5 + n;
                        int res = code[pc + 3];
                        Frame nf = push(callee, f, res >= 0 ? r[res] : 0, code[pc + 2]);
                        FnCode.Param[] ps = callee.params();
                        for (int i = 0; i < n; i++) passArg(nf, ps[i], r[code[pc + 5 + i]]);
                        f = nf;
                        code = f.fn.code();
                        r = f.r;
                        k = f.fn.consts();
                        hc = HitCounts.of(hits, f.fn);
                        pc = 0;
                    }
                    case H_RET, H_RETV -> {
                        long v = op >>> Op.MACHINE_SHIFT == H_RET ? r[code[pc + 1]] : 0;
                        Frame caller = f.caller;
                        pop(f);
                        if (f == stop) {
                            current = caller;
                            this.steps = steps;
                            return v;
                        }
                        if (f.retDst >= 0) caller.r[f.retDst] = v;
                        f = caller;
                        current = f;
                        code = f.fn.code();
                        r = f.r;
                        k = f.fn.consts();
                        hc = HitCounts.of(hits, f.fn);
                        pc = f.pc;
                    }
                    case H_CALLI, H_NATIVE -> {
                        f.callPc = pc;
                        current = f;
                        this.steps = steps;
                        Frame nf = callOther(f, code, r, pc, op >>> Op.MACHINE_SHIFT == H_NATIVE);
                        if (nf != f) {
                            f = nf;
                            code = f.fn.code();
                            r = f.r;
                            k = f.fn.consts();
                            hc = HitCounts.of(hits, f.fn);
                            pc = 0;
                        } else {
                            pc = f.pc;
                        }
                        steps = this.steps;
                        checkAt = nextCheck(steps);
                    }
                    case H_RARE -> {
                        f.callPc = pc;
                        current = f;
                        this.steps = steps;
                        pc = Instructions.rare(this, f, code, r, pc);
                        steps = this.steps;
                        checkAt = nextCheck(steps);
                    }
                    default -> throw new Instructions.MissingHandler(Op.of(op), "Vm.loop has no case for its handler");
                }
            }
        } catch (RuntimeException ex) {
            this.steps = Math.max(this.steps, steps);
            f.callPc = pc;
            f.pc = pc;
            if (faultFrame == null) faultFrame = f;
            current = f;
            throw ex;
        }
    }

    /**
     * A call through a function pointer (CALLI) or of a native (NATIVE) at {@code pc}: a native
     * runs at once and the caller goes on ({@code f} is returned, its pc after the call); a Zig
     * function gets a frame of its own, which is returned.
     */
    private Frame callOther(Frame f, int[] code, long[] r, int pc, boolean isNative) {
        int n = code[pc + 4];
        f.pc = pc + 5 + n;
        FnCode callee = isNative ? image.functions.get(code[pc + 1]) : resolve(r[code[pc + 1]]);
        int res = code[pc + 3];
        long resAddr = res >= 0 ? r[res] : 0;
        Natives.Native nat = image.nativeOf(callee);
        if (nat != null) {
            long[] args = new long[n];
            for (int i = 0; i < n; i++) args[i] = r[code[pc + 5 + i]];
            long v = nat.invoke(new NativeCall(this, callee, args, resAddr));
            current = f;
            if (code[pc + 2] >= 0) r[code[pc + 2]] = v;
            return f;
        }
        Frame nf = push(callee, f, resAddr, code[pc + 2]);
        FnCode.Param[] ps = callee.params();
        for (int i = 0; i < n; i++) passArg(nf, ps[i], r[code[pc + 5 + i]]);
        return nf;
    }

    /** A marked statement's number is looked up only when the hook is told of it (tracking steps comes here at every statement). */
    private static final int UNKNOWN_STATEMENT = Integer.MIN_VALUE;

    /** A statement begins at {@code pc} and the step count reached a check: limits, then the hook. Returns the step count. */
    private long statementBoundary(Frame f, int pc, int statement, long steps) {
        this.steps = steps;
        if (tracker != null) {
            // before the frame's position moves on: what its registers took since its last statement
            current = f;
            tracker.statement(f, pc);
        }
        f.callPc = pc;
        f.pc = pc;
        current = f;
        // tracking steps: every statement comes here, but the checks only when they are due
        if (steps < dueAt && !attention) return steps;
        limits.check(steps);
        if (hook != null) {
            attention = false;
            hook.onStatement(this, f, statement == UNKNOWN_STATEMENT ? f.fn.statementAt(pc) : statement);
        }
        return this.steps;
    }

    /** The step count at which the loop next leaves its fast path: every statement while a hook wants them all. */
    private long nextCheck(long steps) {
        long next;
        if (hook != null && (everyStatement || attention)) {
            next = steps + 1;
        } else {
            next = Math.min(limits.maxSteps, (steps | 0xFFFF) + 1);
            if (hook != null && wakeAt < next) next = Math.max(wakeAt, steps + 1);
        }
        dueAt = next;
        return trackSteps ? steps + 1 : next;
    }

    /** The step at which the limits and the hook are next due (while tracking steps, the loop stops before it). */
    private long dueAt;
    private boolean trackSteps;
    private StatementTracker tracker;
    /** The register the last plain store (ST, STF) stored, for a write observer; -1 once taken. */
    private int storeSource = -1;

    /** Told of every statement while steps are tracked ({@code pc} its first instruction), before the frame's position moves to it. */
    public interface StatementTracker {
        void statement(Frame f, int pc);
    }

    /**
     * Keeps {@link #steps()} and {@link #currentFrame()} up to date at every statement (the loop
     * leaves its fast path at each) and tells {@code t} of each, for an observer of writes that
     * needs to know when and where each happened; null turns it off, and the loop runs as fast
     * as ever. Set before a run or from the hook.
     */
    public void setStepTracking(StatementTracker t) {
        this.tracker = t;
        this.trackSteps = t != null;
    }

    /** The register the store being observed stored (ST and STF), or -1 (other stores); taking it clears it. */
    public int takeStoreSource() {
        int r = storeSource;
        storeSource = -1;
        return r;
    }

    // ------------------------------------------------------------------ time travel

    /** How many interpreter loops are running: 1 at the program's own statements, more inside a native that called back into Zig. */
    private int nesting;
    /** How deep natives and Zig code may call each other (a run's thread has a stack that holds this many). */
    static final int MAX_NESTING = 10_000;
    private long wakeAt = Long.MAX_VALUE;

    /**
     * Asks for the hook at statement number {@code step} even when it runs sparsely (a checkpoint
     * is due, or a seek ends there). Set from the hook or before a run.
     */
    public void setWakeAt(long step) { this.wakeAt = step; }

    /**
     * Whether the Java stack holds nothing but the run's own call into the program: the only
     * places a checkpoint can be resumed from (inside a native, the native's Java state would be lost).
     */
    public boolean atTopLevel() { return nesting == 1; }

    /** The interpreter's state at a statement boundary, in a form a run can be resumed from. */
    VmState save() {
        return new VmState(current, sp, steps, limits.work(), scratch, depth, errorTrace.copy());
    }

    /**
     * Puts the interpreter back at the statement boundary {@code s} was taken at. The step count
     * is one short: resuming runs that statement's first instruction, which counts it again.
     */
    void restore(VmState s) {
        current = s.frames();
        sp = s.sp();
        steps = s.steps() - 1;
        limits.restore(s.work());
        scratch = s.scratch();
        depth = s.depth();
        errorTrace.restore(s.errorTrace());
        faultFrame = null;
    }

    /** Runs a restored machine on until its outermost frame returns; returns that frame's scalar result. */
    long resume() {
        Frame bottom = current;
        while (bottom.caller != null) bottom = bottom.caller;
        long v = execute(bottom);
        current = null;
        return v;
    }

    private FnCode resolve(long address) {
        FnCode fn = image.functionAt(address);
        if (fn == null) throw new MemoryFault(MemoryFault.Kind.SEGFAULT, address, false);
        return fn;
    }

    // ------------------------------------------------------------------ work inside natives

    /** Counts work done inside one instruction or native against the run's limits (see {@link RunLimits}). */
    void work(long units) { limits.work(units, steps); }

    /**
     * The bytes of a slice a native reads: a slice over unmapped memory faults where Zig's read
     * would, and one too long for a Java array ({@link FormatBuffer#LIMIT}) stops the run with a
     * message instead of failing inside Heap Lab.
     */
    byte[] readBytes(long ptr, long len) {
        if (len < 0 || len > FormatBuffer.LIMIT) {
            mem.probe(ptr, len < 0 ? 1L << 46 : Math.min(len, 1L << 46), false);
            throw new LimitExceeded(LimitExceeded.Limit.FIXED, "it passed a slice of " + Long.toUnsignedString(len)
                    + " bytes to a std function Heap Lab runs in Java, which takes at most " + (FormatBuffer.LIMIT >> 20) + " MiB");
        }
        return mem.readBytes(ptr, (int) len);
    }

    // ------------------------------------------------------------------ memory

    long load(long addr, int kind) {
        return switch (kind) {
            case Operand.LD_U8 -> mem.load(addr, 1);
            case Operand.LD_S8 -> (byte) mem.load(addr, 1);
            case Operand.LD_U16 -> mem.load(addr, 2);
            case Operand.LD_S16 -> (short) mem.load(addr, 2);
            case Operand.LD_U32 -> mem.load(addr, 4);
            case Operand.LD_S32 -> (int) mem.load(addr, 4);
            case Operand.LD_F32 -> Double.doubleToRawLongBits(FloatBits.fromBits(mem.load(addr, 4), 32));
            case Operand.LD_F16 -> Double.doubleToRawLongBits(FloatBits.fromBits(mem.load(addr, 2), 16));
            case Operand.LD_U1 -> mem.load(addr, 1) & 1;
            default -> mem.load(addr, 8);
        };
    }

    void store(long addr, int size, long v) {
        if (size == -4) mem.store(addr, 4, FloatBits.toBits(Double.longBitsToDouble(v), 32));
        else if (size == -2) mem.store(addr, 2, FloatBits.toBits(Double.longBitsToDouble(v), 16));
        else mem.store(addr, size, v);
    }

    // ------------------------------------------------------------------ positions and traces

    /** The code address of an instruction (what a return address holds). */
    long address(Frame f, int pc) { return image.codeAddress(f.fn, pc); }

    /** Positions of the stack's real frames from {@code from}, innermost first (see {@link StackWalk#positions}). */
    long[] positions(Frame from, long first, int max) { return StackWalk.positions(image, from, first, max); }

    /** The code address of the innermost call in the user's code (not Heap Lab's std), or 0. */
    long userSite() {
        for (Frame f = current; f != null; f = f.caller) {
            if (!f.fn.isLibrary()) return address(f, f.callPc);
        }
        return 0;
    }

    /** Zig's captureStackTrace: up to {@code max} positions, from the frame that returns to {@code first}. */
    long[] captureStackTrace(long first, int max) {
        return positions(current, first, max);
    }

    /** {@code @returnAddress()} in frame f: the position of its first real caller. */
    long returnAddress(Frame f) {
        long[] pos = positions(f.caller, -1, 1);
        return pos.length == 0 ? 0 : pos[0];
    }

    /** The trace of a panic or fault: the faulting instruction, then every caller's call. */
    long[] faultTrace() {
        Frame f = faultFrame != null ? faultFrame : current;
        return f == null ? new long[0] : positions(f, -1, Integer.MAX_VALUE);
    }

    void pushErrorTrace(Frame f, int pc) { errorTrace.push(address(f, pc)); }

    int errorTraceLength() { return errorTrace.length(); }

    void restoreErrorTrace(int len) { errorTrace.truncate(len); }

    long[] errorTrace() { return errorTrace.copy(); }

    void resetErrorTrace() { errorTrace.clear(); }

    void clearFault() { faultFrame = null; }

    @SuppressWarnings("unused")
    private static final Class<?> USED = ByteState.class;
}
