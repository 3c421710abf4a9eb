package org.heaplab.runtime.code;

/**
 * The instruction set of Heap Lab's virtual machine: a register machine whose state (frames,
 * registers, program counters) is plain data, so a run can be paused, snapshotted and replayed.
 * An instruction is an opcode followed by int operands. {@code tk} operands are integer type
 * codes ({@link #tk}); {@code ld} are load kinds ({@link #LD_U8} ...).
 *
 * <p>Registers hold scalars normalized to 64 bits: signed integers sign-extended, unsigned
 * zero-extended, bools 0/1, floats as IEEE double bits (f32 values rounded to float precision).
 */
public final class Op {
    private Op() {}

    /**
     * Set on the first instruction of a statement: executing it counts a step (as the STMT
     * instruction does where a statement has no instruction of its own to carry the mark).
     */
    public static final int STATEMENT = 0x8000_0000;
    /** The opcode without the statement mark. */
    public static final int OPCODE = 0x7FFF_FFFF;

    public static int tk(int bits, boolean signed) { return bits | (signed ? 0x100 : 0); }

    public static int bits(int tk) { return tk & 0xFF; }

    public static boolean signed(int tk) { return (tk & 0x100) != 0; }

    // load kinds
    public static final int LD_U8 = 0, LD_S8 = 1, LD_U16 = 2, LD_S16 = 3, LD_U32 = 4, LD_S32 = 5, LD_64 = 6, LD_F32 = 7, LD_U1 = 8;

    public static final int
            MOV = 0,          // d s
            LDK = 1,          // d k                  r[d] = consts[k]
            LDFRAME = 2,      // d off                r[d] = frame base + off
            LDRES = 3,        // d                    r[d] = result address of this frame
            LD = 4,           // d a off ld           r[d] = load(r[a] + off)
            ST = 5,           // a off s size         store(r[a] + off, size, r[s]); size -4 means f32
            LDF = 6,          // d off ld             frame-relative load
            STF = 7,          // off s size           frame-relative store
            COPY = 8,         // dst src len          copy len bytes (len an immediate)
            COPYR = 9,        // dst src lenReg
            FILL = 10,        // dst len byte state   fill len bytes (immediate)
            FILLR = 11,       // dst lenReg byte state
            SETELEMS = 12,    // dst countReg elemSize valueReg    @memset with a scalar element
            SETELEMSM = 13,   // dst countReg elemSize srcAddrReg  @memset with an aggregate element

            ADD = 20, SUB = 21, MUL = 22,                 // d a b tk  (overflow panics)
            ADDW = 23, SUBW = 24, MULW = 25,              // d a b tk  (wrapping)
            ADDS = 26, SUBS = 27, MULS = 28,              // d a b tk  (saturating)
            DIVT = 29, DIVF = 30, DIVX = 31, REM = 32, MOD = 33,   // d a b tk
            SHL = 34, SHLS = 35, SHR = 36,                // d a b tk
            AND = 37, OR = 38, XOR = 39,                  // d a b
            NOT = 40,         // d a tk               bitwise not
            BNOT = 41,        // d a                  bool not
            NEG = 42,         // d a tk               checked
            NEGW = 43,        // d a tk
            MIN = 44, MAX = 45,                           // d a b tk
            ADDK = 46,        // d a imm tk           checked add of an immediate (loop counters)
            IDXADDR = 47,     // d base idx size      d = base + idx * size

            FADD = 50, FSUB = 51, FMUL = 52, FDIV = 53, FREM = 54, FMOD = 55,   // d a b fbits
            FNEG = 56,        // d a
            FMIN = 57, FMAX = 58,                         // d a b fbits

            EQ = 60, NE = 61, LTS = 62, LTU = 63, LES = 64, LEU = 65, GTS = 66, GTU = 67, GES = 68, GEU = 69,  // d a b
            FEQ = 70, FNE = 71, FLT = 72, FLE = 73, FGT = 74, FGE = 75,   // d a b

            INTCAST = 80,     // d a srcTk dstTk      panics when the value does not fit
            TRUNC = 81,       // d a tk               keep the low bits
            I2F = 82,         // d a srcTk fbits
            F2I = 83,         // d a tk
            FCAST = 84,       // d a fbits
            BITS2F = 85,      // d a fbits            reinterpret integer bits as float
            F2BITS = 86,      // d a fbits
            ALIGNCHK = 87,    // a align
            ENUMCHK = 88,     // a enumId
            NONNULL = 89,     // a                    "cast causes pointer to be null"

            JMP = 100,        // t
            JZ = 101,         // a t
            JNZ = 102,        // a t
            JEQ = 103, JNE = 104, JLTS = 105, JLTU = 106, JGES = 107, JGEU = 108,   // a b t

            CALL = 110,       // fn d res n args...
            CALLI = 111,      // fnReg d res n args...
            NATIVE = 112,     // native d res n args...
            RET = 113,        // s
            RETV = 114,
            STMT = 115,       // stmtIndex

            BOUNDS = 120,     // idx len              panics unless idx < len
            SLICECHK = 121,   // start end len        panics unless start <= end <= len (len -1: unknown)
            NULLCHK = 122,    // a                    "attempt to use null value"
            UNREACH = 123,
            PANIC = 124,      // msgId
            PANICR = 125,     // ptrReg lenReg
            LENEQ = 126,      // a b msgId
            NOALIAS = 127,    // a b len

            ERRTRACE = 130,   // push this instruction's address on the error return trace
            ERRSAVE = 131,    // d
            ERRRESTORE = 132, // a
            RETADDR = 133,    // d
            ERRNAME = 134,    // d codeReg           d = address of the name slice in the error-name table
            TAGNAME = 135,    // d valueReg enumId    d = address of the name slice
            OVF = 136,        // dv db a b tk op     @addWithOverflow and friends (op 0 add, 1 sub, 2 mul)
            CTZ = 137, CLZ = 138, POPCNT = 139,           // d a tk
            ROTL = 140, ROTR = 141,                       // d a b tk
            MULHI = 142,      // d a b tk
            ABS = 143,        // d a tk
            BREAKPOINT = 144,

            // 64-bit forms of the commonest arithmetic (usize, u64, i64): no type operand to decode
            ADDU64 = 150, SUBU64 = 151, MULU64 = 152,     // d a b  (overflow panics)
            ADDW64 = 153, SUBW64 = 154, MULW64 = 155,     // d a b  (wrapping, any signedness)
            SHRU64 = 156;                                 // d a b

    public static String name(int op) {
        for (var f : Op.class.getDeclaredFields()) {
            try {
                if (f.getType() == int.class && java.lang.reflect.Modifier.isStatic(f.getModifiers()) && f.getInt(null) == op
                        && !f.getName().startsWith("LD_")) {
                    return f.getName();
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return "op" + op;
    }
}
