package org.heaplab.runtime;

import org.heaplab.runtime.code.Op;

/**
 * The handlers of the VM's dispatch loop ({@code Vm.loop}), numbered for its switch, and which
 * handler executes each opcode. A switch needs constant labels; these numbers are the loop's
 * own, not opcode numbers (an opcode's number is its position in {@link Op}). Looking the
 * handler up in {@link #OF} costs the loop one load per instruction, where a switch over the
 * {@code Op} enum itself (through the compiler's ordinal map) costs three, and measurably more.
 *
 * <p>{@link #of} is a switch over the whole table without a default: an opcode added to
 * {@link Op} does not compile until it is given a handler here, one of the loop's or
 * {@link #H_RARE} ({@link Instructions#rare}). InstructionSetTest checks that each handler exists.
 */
final class Handlers {
    private Handlers() {}

    static final int H_RARE = 0, H_MOV = 1, H_LDK = 2, H_LDFRAME = 3, H_LD = 4, H_ST = 5, H_LDF = 6, H_STF = 7, H_ADD = 8,
            H_SUB = 9, H_MUL = 10, H_ADDW = 11, H_SUBW = 12, H_MULW = 13, H_AND = 14, H_OR = 15, H_XOR = 16, H_ADDU64 = 17,
            H_SUBU64 = 18, H_MULU64 = 19, H_ADDW64 = 20, H_SUBW64 = 21, H_MULW64 = 22, H_SHRU64 = 23, H_SHL = 24, H_SHR = 25,
            H_IDXADDR = 26, H_EQ = 27, H_NE = 28, H_LTS = 29, H_LTU = 30, H_JMP = 31, H_JZ = 32, H_JNZ = 33, H_JEQ = 34,
            H_JNE = 35, H_JLTS = 36, H_JLTU = 37, H_JGES = 38, H_JGEU = 39, H_BOUNDS = 40, H_STMT = 41, H_CALL = 42, H_RET = 43,
            H_RETV = 44, H_CALLI = 45, H_NATIVE = 46;

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
            case AND -> H_AND;
            case OR -> H_OR;
            case XOR -> H_XOR;
            case ADDU64 -> H_ADDU64;
            case SUBU64 -> H_SUBU64;
            case MULU64 -> H_MULU64;
            case ADDW64 -> H_ADDW64;
            case SUBW64 -> H_SUBW64;
            case MULW64 -> H_MULW64;
            case SHRU64 -> H_SHRU64;
            case SHL -> H_SHL;
            case SHR -> H_SHR;
            case IDXADDR -> H_IDXADDR;
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
            case BOUNDS -> H_BOUNDS;
            case STMT -> H_STMT;
            case CALL -> H_CALL;
            case RET -> H_RET;
            case RETV -> H_RETV;
            case CALLI -> H_CALLI;
            case NATIVE -> H_NATIVE;
            case LDRES, COPY, COPYR, FILL, FILLR, SETELEMS, SETELEMSM, ADDS, SUBS, MULS, DIVT, DIVF, DIVX, REM, MOD, SHLS, NOT,
                 BNOT, NEG, NEGW, MIN, MAX, FADD, FSUB, FMUL, FDIV, FREM, FMOD, FNEG, FMIN, FMAX, LES, LEU, GTS, GTU, GES, GEU,
                 FEQ, FNE, FLT, FLE, FGT, FGE, INTCAST, TRUNC, I2F, F2I, FCAST, BITS2F, F2BITS, ALIGNCHK, ENUMCHK, NONNULL,
                 SLICECHK, NULLCHK, UNREACH, PANIC, PANICR, LENEQ, NOALIAS, ERRTRACE, ERRSAVE, ERRRESTORE, RETADDR, ERRNAME,
                 TAGNAME, OVF, CTZ, CLZ, POPCNT, ROTL, ROTR, MULHI, ABS, BREAKPOINT -> H_RARE;
        };
    }
}
