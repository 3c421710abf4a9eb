package org.heaplab.runtime;

import org.heaplab.runtime.code.Op;

/**
 * The handlers of the VM's dispatch loop ({@code Vm.loop}), numbered for its switch, and which
 * handler executes each opcode. A switch needs constant labels; these numbers are the loop's
 * own, not opcode numbers (an opcode's number is its position in {@link Op}). The image writes
 * each instruction's handler into its code word when it links the code ({@code
 * Image.opcodeWord}), so the loop switches on it with no lookup; a switch over the {@code Op}
 * enum itself, through the compiler's ordinal map, costs three loads per instruction, and
 * measurably more time.
 *
 * <p>{@link #of} is a switch over the whole table without a default: an opcode added to
 * {@link Op} does not compile until it is given a handler here, one of the loop's or
 * {@link #H_RARE} ({@link Instructions#rare}). InstructionSetTest checks that each handler exists.
 */
final class Handlers {
    private Handlers() {}

    static final int H_RARE = 0, H_MOV = 1, H_LDK = 2, H_LDFRAME = 3, H_LD = 4, H_ST = 5, H_LDF = 6, H_STF = 7, H_ADD = 8,
            H_SUB = 9, H_MUL = 10, H_ADDW = 11, H_SUBW = 12, H_MULW = 13, H_SHL = 14, H_SHR = 15, H_AND = 16, H_OR = 17,
            H_XOR = 18, H_IDXADDR = 19, H_ADDU64 = 20, H_SUBU64 = 21, H_MULU64 = 22, H_ADDW64 = 23, H_SUBW64 = 24, H_MULW64 = 25,
            H_SHRU64 = 26, H_ADDU64K = 27, H_SUBU64K = 28, H_MULU64K = 29, H_ADDI64K = 30, H_ADDW64K = 32,
            H_MULW64K = 33, H_SHRU64K = 34, H_SHL64K = 35, H_ANDK = 36, H_ORK = 37, H_XORK = 38, H_EQ = 39, H_NE = 40, H_LTS = 41,
            H_LTU = 42, H_JMP = 43, H_JZ = 44, H_JNZ = 45, H_JEQ = 46, H_JNE = 47, H_JLTS = 48, H_JLTU = 49, H_JGES = 50,
            H_JGEU = 51, H_JEQK = 52, H_JNEK = 53, H_JLTSK = 54, H_JLTUK = 55,
            H_JGESK = 60, H_JGEUK = 61, H_CALL = 62, H_CALLI = 63, H_NATIVE = 64, H_RET = 65, H_RETV = 66,
            H_STMT = 67, H_BOUNDS = 68, H_ADDU64K_JLTU = 69, H_ADDU64K_JLTUK = 70, H_ADDI64K_JLTS = 71, H_ADDI64K_JLTSK = 72,
            H_ADDW64K_JMP = 73, H_LD_ADDU64K_ST = 74, H_LD_SUBU64K_ST = 75, H_LD_ADDU64_ST = 76, H_LD_SUBU64_ST = 77, H_LD_LD = 78,
            H_LDF_LDF = 79, H_BOUNDS_IDXADDR = 80, H_XOR_ADDW64 = 81;

    /** The handler of each opcode, by opcode number. */
    static final int[] OF = new int[Op.count()];

    static {
        for (Op op : Op.values()) OF[op.code()] = of(op);
    }

    /** Which handler executes an opcode. */
    static int of(Op op) {
        return switch (op) {
            case MOV -> H_MOV;
            case LDK -> H_LDK;
            case LDFRAME -> H_LDFRAME;
            case LD -> H_LD;
            case ST -> H_ST;
            case LDF -> H_LDF;
            case STF -> H_STF;
            case ADD -> H_ADD;
            case SUB -> H_SUB;
            case MUL -> H_MUL;
            case ADDW -> H_ADDW;
            case SUBW -> H_SUBW;
            case MULW -> H_MULW;
            case SHL -> H_SHL;
            case SHR -> H_SHR;
            case AND -> H_AND;
            case OR -> H_OR;
            case XOR -> H_XOR;
            case IDXADDR -> H_IDXADDR;
            case ADDU64 -> H_ADDU64;
            case SUBU64 -> H_SUBU64;
            case MULU64 -> H_MULU64;
            case ADDW64 -> H_ADDW64;
            case SUBW64 -> H_SUBW64;
            case MULW64 -> H_MULW64;
            case SHRU64 -> H_SHRU64;
            case ADDU64K -> H_ADDU64K;
            case SUBU64K -> H_SUBU64K;
            case MULU64K -> H_MULU64K;
            case ADDI64K -> H_ADDI64K;
            case ADDW64K -> H_ADDW64K;
            case MULW64K -> H_MULW64K;
            case SHRU64K -> H_SHRU64K;
            case SHL64K -> H_SHL64K;
            case ANDK -> H_ANDK;
            case ORK -> H_ORK;
            case XORK -> H_XORK;
            case EQ -> H_EQ;
            case NE -> H_NE;
            case LTS -> H_LTS;
            case LTU -> H_LTU;
            case JMP -> H_JMP;
            case JZ -> H_JZ;
            case JNZ -> H_JNZ;
            case JEQ -> H_JEQ;
            case JNE -> H_JNE;
            case JLTS -> H_JLTS;
            case JLTU -> H_JLTU;
            case JGES -> H_JGES;
            case JGEU -> H_JGEU;
            case JEQK -> H_JEQK;
            case JNEK -> H_JNEK;
            case JLTSK -> H_JLTSK;
            case JLTUK -> H_JLTUK;
            case JGESK -> H_JGESK;
            case JGEUK -> H_JGEUK;
            case CALL -> H_CALL;
            case CALLI -> H_CALLI;
            case NATIVE -> H_NATIVE;
            case RET -> H_RET;
            case RETV -> H_RETV;
            case STMT -> H_STMT;
            case BOUNDS -> H_BOUNDS;
            case ADDU64K_JLTU -> H_ADDU64K_JLTU;
            case ADDU64K_JLTUK -> H_ADDU64K_JLTUK;
            case ADDI64K_JLTS -> H_ADDI64K_JLTS;
            case ADDI64K_JLTSK -> H_ADDI64K_JLTSK;
            case ADDW64K_JMP -> H_ADDW64K_JMP;
            case LD_ADDU64K_ST -> H_LD_ADDU64K_ST;
            case LD_SUBU64K_ST -> H_LD_SUBU64K_ST;
            case LD_ADDU64_ST -> H_LD_ADDU64_ST;
            case LD_SUBU64_ST -> H_LD_SUBU64_ST;
            case LD_LD -> H_LD_LD;
            case LDF_LDF -> H_LDF_LDF;
            case BOUNDS_IDXADDR -> H_BOUNDS_IDXADDR;
            case XOR_ADDW64 -> H_XOR_ADDW64;
            case BOUNDSZ, SENTCHK, BSWAP, BITREV, LDRES, COPY, COPYR, FILL, FILLR, SETELEMS, SETELEMSM, ADDS, SUBS, MULS, DIVT, DIVF, DIVX, REM, MOD, SHLS, NOT,
                 BNOT, NEG, NEGW, MIN, MAX, FADD, FSUB, FMUL, FDIV, FREM, FMOD, FNEG, FMIN, FMAX, FMATH, FMA, FABS, LES, LEU, GTS, GTU, GES, GEU,
                 FEQ, FNE, FLT, FLE, FGT, FGE, INTCAST, TRUNC, I2F, F2I, FCAST, BITS2F, F2BITS, ALIGNCHK, ENUMCHK, NONNULL,
                 SLICECHK, NULLCHK, UNREACH, UNWRAPERR, PANIC, PANICR, LENEQ, NOALIAS, ERRTRACE, ERRSAVE, ERRRESTORE, ERRPOP, RETADDR, ERRNAME,
                 TAGNAME, OVF, CTZ, CLZ, POPCNT, ROTL, ROTR, MULHI, ABS, BREAKPOINT, WOP, WSHIFT, WUN, WBITS, WCMP, WEXT, WNARROW,
                 WRESIZE, WI2F, WF2I, WOVF -> H_RARE;
        };
    }
}
