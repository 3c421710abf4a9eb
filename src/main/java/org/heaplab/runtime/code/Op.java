package org.heaplab.runtime.code;

import static org.heaplab.runtime.code.Operand.ARGS;
import static org.heaplab.runtime.code.Operand.DEF;
import static org.heaplab.runtime.code.Operand.FN;
import static org.heaplab.runtime.code.Operand.IMM;
import static org.heaplab.runtime.code.Operand.K;
import static org.heaplab.runtime.code.Operand.LABEL;
import static org.heaplab.runtime.code.Operand.LOAD;
import static org.heaplab.runtime.code.Operand.OPT_DEF;
import static org.heaplab.runtime.code.Operand.OPT_REG;
import static org.heaplab.runtime.code.Operand.REG;
import static org.heaplab.runtime.code.Operand.SIZE;
import static org.heaplab.runtime.code.Operand.TYPE;

import java.util.List;

/**
 * The instruction set of Heap Lab's virtual machine: a register machine whose state (frames,
 * registers, program counters) is plain data, so a run can be paused, snapshotted and replayed.
 *
 * <p>This enum is the one table of the instructions. An instruction is a code word holding the
 * opcode's {@link #code()} (its position in this table), followed by the operands listed here
 * ({@link Operand}). The code word also carries the statement mark ({@link #STATEMENT}) and what
 * the machine running the code keeps there ({@link #MACHINE_SHIFT}). The compiler's emitter checks every instruction it writes against this
 * table, the disassembler reads code with it, and the VM dispatches on it.
 *
 * <p>Registers hold scalars normalized to 64 bits: signed integers sign-extended, unsigned
 * zero-extended, bools 0/1, floats as IEEE double bits (f32 values rounded to float precision).
 * Checked integer arithmetic panics on overflow as Zig's safe builds do.
 */
public enum Op {
    // ---- moves, loads and stores
    /** r[d] = r[s] */
    MOV(DEF, REG),
    /** r[d] = consts[k] */
    LDK(DEF, K),
    /** r[d] = the frame's base address + off */
    LDFRAME(DEF, IMM),
    /** r[d] = the address this frame's aggregate result goes to */
    LDRES(DEF),
    /** r[d] = load(r[a] + off) */
    LD(DEF, REG, IMM, LOAD),
    /** store(r[a] + off, size, r[s]) */
    ST(REG, IMM, REG, SIZE),
    /** r[d] = load(frame + off) */
    LDF(DEF, IMM, LOAD),
    /** store(frame + off, size, r[s]) */
    STF(IMM, REG, SIZE),
    /** copy len bytes from r[src] to r[dst] (len an immediate) */
    COPY(REG, REG, IMM),
    /** copy r[len] bytes from r[src] to r[dst] */
    COPYR(REG, REG, REG),
    /** fill len bytes at r[dst] with a byte, in a byte state (ordinal of memory.ByteState) */
    FILL(REG, IMM, IMM, IMM),
    /** fill r[len] bytes at r[dst] with a byte, in a byte state */
    FILLR(REG, REG, IMM, IMM),
    /** @memset of r[count] elements of elemSize bytes at r[dst] with the scalar r[value] */
    SETELEMS(REG, REG, IMM, REG),
    /** @memset of r[count] elements of elemSize bytes at r[dst] with the aggregate at r[src] */
    SETELEMSM(REG, REG, IMM, REG),

    // ---- integer arithmetic: d a b tk
    ADD(DEF, REG, REG, TYPE), SUB(DEF, REG, REG, TYPE), MUL(DEF, REG, REG, TYPE),
    /** wrapping: +%, -%, *% */
    ADDW(DEF, REG, REG, TYPE), SUBW(DEF, REG, REG, TYPE), MULW(DEF, REG, REG, TYPE),
    /** saturating: +|, -|, *| */
    ADDS(DEF, REG, REG, TYPE), SUBS(DEF, REG, REG, TYPE), MULS(DEF, REG, REG, TYPE),
    /** @divTrunc, @divFloor, @divExact, @rem, @mod */
    DIVT(DEF, REG, REG, TYPE), DIVF(DEF, REG, REG, TYPE), DIVX(DEF, REG, REG, TYPE), REM(DEF, REG, REG, TYPE), MOD(DEF, REG, REG, TYPE),
    SHL(DEF, REG, REG, TYPE), SHLS(DEF, REG, REG, TYPE), SHR(DEF, REG, REG, TYPE),
    AND(DEF, REG, REG), OR(DEF, REG, REG), XOR(DEF, REG, REG),
    /** bitwise not */
    NOT(DEF, REG, TYPE),
    /** bool not */
    BNOT(DEF, REG),
    /** checked negation */
    NEG(DEF, REG, TYPE),
    NEGW(DEF, REG, TYPE),
    MIN(DEF, REG, REG, TYPE), MAX(DEF, REG, REG, TYPE),
    /** r[d] = r[base] + r[idx] * size (addresses of elements; wraps) */
    IDXADDR(DEF, REG, REG, IMM),
    /** 64-bit forms of the commonest arithmetic (usize, u64, i64), no type code to decode: checked unsigned */
    ADDU64(DEF, REG, REG), SUBU64(DEF, REG, REG), MULU64(DEF, REG, REG),
    /** wrapping, any signedness */
    ADDW64(DEF, REG, REG), SUBW64(DEF, REG, REG), MULW64(DEF, REG, REG),
    SHRU64(DEF, REG, REG),
    /** register-immediate forms of 64-bit arithmetic, d a imm (the constant in the instruction): checked unsigned */
    ADDU64K(DEF, REG, IMM), SUBU64K(DEF, REG, IMM), MULU64K(DEF, REG, IMM),
    /** checked signed (i64, isize; x - k is x + -k) */
    ADDI64K(DEF, REG, IMM),
    /** wrapping, any signedness */
    ADDW64K(DEF, REG, IMM), MULW64K(DEF, REG, IMM),
    /** shifts by a constant below 64 */
    SHRU64K(DEF, REG, IMM), SHL64K(DEF, REG, IMM),
    /** bitwise with a constant: its 64-bit register value, sign-extended from the immediate */
    ANDK(DEF, REG, IMM), ORK(DEF, REG, IMM), XORK(DEF, REG, IMM),

    // ---- wide integers (65 to 128 bits): they live in memory, so these take addresses; op is a WideOp number
    /** dst a b tk op: arithmetic and bitwise operators, r[dst] = r[a] op r[b] (all addresses) */
    WOP(REG, REG, REG, TYPE, IMM),
    /** dst a amount tk op: shifts and rotates by the register value r[amount] */
    WSHIFT(REG, REG, REG, TYPE, IMM),
    /** dst a tk op: ~, negation, @abs, @byteSwap, @bitReverse */
    WUN(REG, REG, TYPE, IMM),
    /** d a tk op: @ctz, @clz, @popCount into a register */
    WBITS(DEF, REG, TYPE, IMM),
    /** d a b tk op: comparison of two wide integers into a register */
    WCMP(DEF, REG, REG, TYPE, IMM),
    /** dst value srcTk dstTk mode: a register integer into a wide one at r[dst] */
    WEXT(REG, REG, TYPE, TYPE, IMM),
    /** d src srcTk dstTk mode: the wide integer at r[src] into a register integer */
    WNARROW(DEF, REG, TYPE, TYPE, IMM),
    /** dst src srcTk dstTk mode: a wide integer into another wide type */
    WRESIZE(REG, REG, TYPE, TYPE, IMM),
    /** d src tk fbits: @floatFromInt of a wide integer */
    WI2F(DEF, REG, TYPE, IMM),
    /** dst value tk: @intFromFloat into a wide integer */
    WF2I(REG, REG, TYPE),
    /** dst bit a b tk op: @addWithOverflow and friends (op 0 add, 1 sub, 2 mul, 3 shl): the wrapped value at r[dst] */
    WOVF(REG, DEF, REG, REG, TYPE, IMM),

    // ---- floats: d a b fbits
    FADD(DEF, REG, REG, IMM), FSUB(DEF, REG, REG, IMM), FMUL(DEF, REG, REG, IMM), FDIV(DEF, REG, REG, IMM), FREM(DEF, REG, REG, IMM),
    FMOD(DEF, REG, REG, IMM),
    FNEG(DEF, REG),
    FMIN(DEF, REG, REG, IMM), FMAX(DEF, REG, REG, IMM),
    /** d a fn fbits: the float builtin FloatFns.Fn.values()[fn] (@sqrt, @sin, ... @trunc) */
    FMATH(DEF, REG, IMM, IMM),
    /** d a b c fbits: @mulAdd */
    FMA(DEF, REG, REG, REG, IMM),
    /** d a: @abs of a float (clears the sign bit) */
    FABS(DEF, REG),

    // ---- comparisons: r[d] = r[a] op r[b] ? 1 : 0 (S signed, U unsigned)
    EQ(DEF, REG, REG), NE(DEF, REG, REG), LTS(DEF, REG, REG), LTU(DEF, REG, REG), LES(DEF, REG, REG), LEU(DEF, REG, REG),
    GTS(DEF, REG, REG), GTU(DEF, REG, REG), GES(DEF, REG, REG), GEU(DEF, REG, REG),
    FEQ(DEF, REG, REG), FNE(DEF, REG, REG), FLT(DEF, REG, REG), FLE(DEF, REG, REG), FGT(DEF, REG, REG), FGE(DEF, REG, REG),

    // ---- conversions and checks
    /** d a srcTk dstTk: panics when the value does not fit */
    INTCAST(DEF, REG, TYPE, TYPE),
    /** keep the low bits */
    TRUNC(DEF, REG, TYPE),
    /** d a srcTk fbits */
    I2F(DEF, REG, TYPE, IMM),
    F2I(DEF, REG, TYPE),
    /** d a fbits */
    FCAST(DEF, REG, IMM),
    /** reinterpret integer bits as a float of fbits */
    BITS2F(DEF, REG, IMM),
    F2BITS(DEF, REG, IMM),
    /** a align: panics unless r[a] is aligned */
    ALIGNCHK(REG, IMM),
    /** a enumId: panics unless r[a] is a value of the enum */
    ENUMCHK(REG, IMM),
    /** "cast causes pointer to be null" */
    NONNULL(REG),

    // ---- jumps
    JMP(LABEL),
    JZ(REG, LABEL), JNZ(REG, LABEL),
    /** a b t: jump when r[a] op r[b] */
    JEQ(REG, REG, LABEL), JNE(REG, REG, LABEL), JLTS(REG, REG, LABEL), JLTU(REG, REG, LABEL), JGES(REG, REG, LABEL), JGEU(REG, REG, LABEL),
    /**
     * a imm t: jump when r[a] op imm (S signed, U unsigned; an unsigned immediate is never
     * negative). a <= k is a < k + 1 and a > k is a >= k + 1.
     */
    JEQK(REG, IMM, LABEL), JNEK(REG, IMM, LABEL), JLTSK(REG, IMM, LABEL), JLTUK(REG, IMM, LABEL), JGESK(REG, IMM, LABEL),
    JGEUK(REG, IMM, LABEL),

    // ---- calls and statements
    /** fn d res n args...: d gets a scalar result, res holds the address of an aggregate one */
    CALL(FN, OPT_DEF, OPT_REG, ARGS),
    /** fnReg d res n args...: through a function pointer */
    CALLI(REG, OPT_DEF, OPT_REG, ARGS),
    /** fn d res n args...: a std function implemented in Java */
    NATIVE(FN, OPT_DEF, OPT_REG, ARGS),
    RET(REG),
    RETV(),
    /** a statement that has no instruction of its own to carry the {@link #STATEMENT} mark */
    STMT(Operand.STMT),

    // ---- safety checks and panics
    /** idx len: panics unless r[idx] < r[len] */
    BOUNDS(REG, REG),
    /** idx len: panics unless r[idx] <= r[len] (a sentinel-terminated slice or array: its sentinel is readable) */
    BOUNDSZ(REG, REG),
    /** found expected tk: panics with Zig's "sentinel mismatch" unless r[found] == r[expected] */
    SENTCHK(REG, REG, TYPE),
    /** start end len: panics unless start <= end <= len (len -1: unknown) */
    SLICECHK(REG, REG, REG),
    /** "attempt to use null value" */
    NULLCHK(REG),
    UNREACH(),
    /** code: "attempt to unwrap error: <name>", the error's return trace shown (`catch unreachable`) */
    UNWRAPERR(REG),
    /** msgId */
    PANIC(IMM),
    /** ptr len: the message is a slice in memory */
    PANICR(REG, REG),
    /** a b msgId: panics unless r[a] == r[b] */
    LENEQ(REG, REG, IMM),
    /** a b len: "@memcpy arguments alias" */
    NOALIAS(REG, REG, REG),

    // ---- errors, names and the rest of the builtins
    /** push this instruction's address on the error return trace */
    ERRTRACE(),
    ERRSAVE(DEF),
    ERRRESTORE(REG),
    /** Returning a value that is not an error: the error trace drops what was pushed since the call (Zig's pop at return). */
    ERRPOP(),
    RETADDR(DEF),
    /** d code: d = address of the name slice in the error-name table */
    ERRNAME(DEF, REG),
    /** d value enumId: d = address of the name slice */
    TAGNAME(DEF, REG, IMM),
    /** dv db a b tk op: @addWithOverflow and friends (op 0 add, 1 sub, 2 mul, 3 shl) */
    OVF(DEF, DEF, REG, REG, TYPE, IMM),
    CTZ(DEF, REG, TYPE), CLZ(DEF, REG, TYPE), POPCNT(DEF, REG, TYPE), BSWAP(DEF, REG, TYPE), BITREV(DEF, REG, TYPE),
    ROTL(DEF, REG, REG, TYPE), ROTR(DEF, REG, REG, TYPE),
    MULHI(DEF, REG, REG, TYPE),
    ABS(DEF, REG, TYPE),
    BREAKPOINT(),

    // ---- superinstructions: a sequence of instructions executed with one dispatch. The first
    // instruction's opcode is replaced by the sequence's, the others stay in place after it (so
    // jumps to them, stops at them and resuming at them still find them); the VM runs them all
    // from the first one's handler. See parts().
    /** a loop counter's increment, then the loop's test (usize, u64) */
    ADDU64K_JLTU(ADDU64K, JLTU), ADDU64K_JLTUK(ADDU64K, JLTUK),
    /** the same for i64 and isize */
    ADDI64K_JLTS(ADDI64K, JLTS), ADDI64K_JLTSK(ADDI64K, JLTSK),
    /** a for loop's index stepped, then the jump back to its test */
    ADDW64K_JMP(ADDW64K, JMP),
    /** load, operate, store: {@code x.n += k} and {@code x.n -= k} on a 64-bit field */
    LD_ADDU64K_ST(LD, ADDU64K, ST), LD_SUBU64K_ST(LD, SUBU64K, ST), LD_ADDU64_ST(LD, ADDU64, ST), LD_SUBU64_ST(LD, SUBU64, ST),
    /** a slice's pointer and length */
    LD_LD(LD, LD), LDF_LDF(LDF, LDF),
    /** an element's address, its index checked */
    BOUNDS_IDXADDR(BOUNDS, IDXADDR),
    /** a value's last operation and its wrapping accumulation, {@code x +%= a ^ b}: bench/loop.zig's commonest pair */
    XOR_ADDW64(XOR, ADDW64);

    /**
     * Set on the first instruction of a statement: executing it counts a step (as the STMT
     * instruction does where a statement has no instruction of its own to carry the mark).
     */
    public static final int STATEMENT = 0x8000_0000;
    /** The opcode's number in a code word: the low 16 bits. */
    public static final int OPCODE = 0xFFFF;
    /**
     * Where a code word keeps what the machine that runs the code wants there (bits 16 to 30),
     * which the image decides when it links the code ({@link Linkage#opcodeWord}).
     */
    public static final int MACHINE_SHIFT = 16;

    private static final Op[] VALUES = values();

    private final Operand[] operands;
    /** For a superinstruction, the opcodes of the sequence it stands for; else empty. */
    private final List<Op> parts;

    Op(Op first, Op second) {
        this(List.of(first, second));
    }

    Op(Op first, Op second, Op third) {
        this(List.of(first, second, third));
    }

    private Op(List<Op> parts) {
        this.operands = parts.getFirst().operands;
        this.parts = parts;
        for (Op part : parts.subList(0, parts.size() - 1)) {
            if (!part.fallsThrough()) throw new IllegalArgumentException(name() + ": " + part + " does not go on to the next instruction");
        }
    }

    Op(Operand... operands) {
        this.operands = operands;
        this.parts = List.of();
        for (int i = 0; i < operands.length - 1; i++) {
            if (operands[i] == ARGS) throw new IllegalArgumentException(name() + ": ARGS must come last");
        }
    }

    /** The number that stands for this opcode in code: its position in this table. */
    public int code() { return ordinal(); }

    /** The opcode of a code word (the statement mark ignored). */
    public static Op of(int word) { return VALUES[word & OPCODE]; }

    /** The number of opcodes; every code word (mark ignored) is below it. */
    public static int count() { return VALUES.length; }

    public List<Operand> operands() { return List.of(operands); }

    /**
     * For a superinstruction, the opcodes of the instructions it stands for, in order; else
     * empty. Its own operands are those of the first; the others' instructions follow it in the
     * code, and it executes them too, except when a statement among them is due for a check
     * (a step limit, a breakpoint): then the VM dispatches that one as usual.
     */
    public List<Op> parts() { return parts; }

    /**
     * The longest superinstruction standing for a prefix of {@code sequence} (the opcodes of
     * instructions that follow each other in the code), or null.
     */
    public static Op superinstruction(List<Op> sequence) {
        Op best = null;
        for (Op op : VALUES) {
            int n = op.parts.size();
            if (n > 0 && n <= sequence.size() && sequence.subList(0, n).equals(op.parts) && (best == null || n > best.parts.size())) best = op;
        }
        return best;
    }

    /** Whether the last operand is a call's argument list (a count, then that many registers). */
    public boolean hasArgs() { return operands.length > 0 && operands[operands.length - 1] == ARGS; }

    /** Whether the instruction always goes on to the one after it (no jump, call, return or panic). */
    public boolean fallsThrough() {
        if (!parts.isEmpty()) return parts.getLast().fallsThrough();
        for (Operand o : operands) if (o == LABEL || o == ARGS) return false;
        return this != RET && this != RETV && this != UNREACH && this != UNWRAPERR && this != PANIC && this != PANICR;
    }

    /** The number of code words of the instruction at {@code pc}, opcode included. */
    public int length(int[] code, int pc) {
        int n = 1 + operands.length;
        return hasArgs() ? n + code[pc + operands.length] : n;
    }

    /** Checks an instruction's operands (what the emitter writes after the opcode) against the table. */
    public void check(int[] ops) {
        int fixed = hasArgs() ? operands.length - 1 : operands.length;
        int expected = hasArgs() && ops.length > fixed ? fixed + 1 + ops[fixed] : operands.length;
        if (ops.length != expected) {
            throw new IllegalArgumentException(name() + " takes " + List.of(operands) + ", given " + ops.length + " operands");
        }
        for (int i = 0; i < ops.length; i++) {
            Operand kind = i < fixed ? operands[i] : REG;
            if (i == fixed && hasArgs()) continue;
            boolean ok = switch (kind) {
                case DEF, REG, K, FN, STMT, LABEL -> ops[i] >= 0;
                case OPT_DEF, OPT_REG -> ops[i] >= -1;
                default -> true;
            };
            if (!ok) throw new IllegalArgumentException(name() + ": operand " + i + " (" + kind + ") is " + ops[i]);
        }
    }
}
