package org.heaplab.runtime.codegen;

import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;
import org.heaplab.runtime.code.Op;
import org.heaplab.runtime.code.Operand;
import org.heaplab.runtime.codegen.Dest.Drop;
import org.heaplab.source.Span;

/**
 * Unary and binary operators and comparisons. Integer arithmetic carries the operand type's
 * code so the VM checks overflow as Zig does; 64-bit forms of the commonest operations skip it.
 */
final class Operators {
    private final FnContext cx;
    private final Emitter out;

    Operators(FnContext cx) {
        this.cx = cx;
        this.out = cx.out;
    }

    void unary(Ir.Unary u, Dest d) {
        Type t = u.type();
        if (WideInts.isWide(t)) {
            cx.wide.unary(u, d);
            return;
        }
        int a = cx.values.scalar(u.operand());
        if (d instanceof Drop && u.op() != Ir.UnOp.NEG) return;
        int r = cx.values.destReg(d);
        switch (u.op()) {
            case NOT -> out.emit(Op.BNOT, r, a);
            case BIT_NOT -> out.emit(Op.NOT, r, a, TypeCodes.tk(t));
            case NEG -> {
                if (t instanceof Type.Float) {
                    out.emit(Op.FNEG, r, a);
                } else {
                    Span own = out.site;
                    if (out.debugStatement != null) out.site = out.debugStatement;
                    out.emit(Op.NEG, r, a, TypeCodes.tk(t));
                    out.site = own;
                }
            }
            case NEG_WRAP -> out.emit(Op.NEGW, r, a, TypeCodes.tk(t));
        }
        cx.values.finishReg(r, d, t);
    }

    void binary(Ir.Binary b, Dest d) {
        Type t = b.type();
        if (WideInts.isWide(t)) {
            cx.wide.binary(b, d);
            return;
        }
        if (b.op() == Ir.BinOp.PTR_ADD || b.op() == Ir.BinOp.PTR_SUB) {
            int p = cx.values.scalar(b.left());
            int n = cx.values.scalar(b.right());
            int r = cx.values.destReg(d);
            long es = Layout.sizeOf(((Type.Pointer) t).child());
            if (b.op() == Ir.BinOp.PTR_SUB) {
                int neg = out.temp();
                out.emit(Op.NEGW, neg, n, Operand.U64);
                n = neg;
            }
            out.emit(Op.IDXADDR, r, p, n, (int) es);
            cx.values.finishReg(r, d, t);
            return;
        }
        Immediate k = immediate(b.op(), t, b.right());
        if (k == null && commutative(b.op()) && (k = immediate(b.op(), t, b.left())) != null) {
            // the constant on the left: c op x is x op c
            int x = cx.values.scalar(b.right());
            int r = cx.values.destReg(d);
            out.emit(k.op(), r, x, k.value());
            cx.values.finishReg(r, d, t);
            return;
        }
        int a = cx.values.scalar(b.left());
        if (k != null) {
            int r = cx.values.destReg(d);
            out.emit(k.op(), r, a, k.value());
            cx.values.finishReg(r, d, t);
            return;
        }
        int c = cx.values.scalar(b.right());
        int r = cx.values.destReg(d);
        arith(b.op(), r, a, c, t);
        cx.values.finishReg(r, d, t);
    }

    private static boolean commutative(Ir.BinOp op) {
        return switch (op) {
            case ADD, MUL, ADD_WRAP, MUL_WRAP, BIT_AND, BIT_OR, BIT_XOR -> true;
            default -> false;
        };
    }

    /** A new register holding {@code r[count] * size} (wrapping, 64 bits): a length in bytes. */
    int timesConstant(int count, long size) {
        int bytes = out.temp();
        if (size == (int) size) {
            out.emit(Op.MULW64K, bytes, count, (int) size);
        } else {
            int s = out.temp();
            out.emit(Op.LDK, s, out.k(size));
            out.emit(Op.MULW64, bytes, count, s);
        }
        return bytes;
    }

    /** A register-immediate instruction: its opcode and the constant it holds. */
    record Immediate(Op op, int value) {}

    /**
     * The register-immediate form of {@code x op right} on integers of type {@code t}, when
     * {@code right} is a constant the instruction can hold; else null. The forms are those of
     * 64-bit arithmetic (usize, u64, i64, isize: loop counters, indices, sizes) and the bitwise
     * operators of any width.
     */
    Immediate immediate(Ir.BinOp op, Type t, Ir.Expr right) {
        if (!(t instanceof Type.Int i)) return null;
        Long k = cx.values.smallConstant(right);
        if (k == null) return null;
        int v = (int) (long) k;
        boolean wide = i.bits() == 64;
        boolean unsigned = !i.signed();
        Op o = switch (op) {
            case ADD -> !wide ? null : unsigned ? (v >= 0 ? Op.ADDU64K : null) : Op.ADDI64K;
            case SUB -> !wide ? null : unsigned ? (v >= 0 ? Op.SUBU64K : null) : v != Integer.MIN_VALUE ? Op.ADDI64K : null;
            case MUL -> wide && unsigned && v >= 0 ? Op.MULU64K : null;
            case ADD_WRAP -> wide ? Op.ADDW64K : null;
            case SUB_WRAP -> wide && v != Integer.MIN_VALUE ? Op.ADDW64K : null;
            case MUL_WRAP -> wide ? Op.MULW64K : null;
            case SHR -> wide && unsigned && v >= 0 && v < 64 ? Op.SHRU64K : null;
            case SHL -> wide && v >= 0 && v < 64 ? Op.SHL64K : null;
            case BIT_AND -> Op.ANDK;
            case BIT_OR -> Op.ORK;
            case BIT_XOR -> Op.XORK;
            default -> null;
        };
        if (o == null) return null;
        return new Immediate(o, op == Ir.BinOp.SUB_WRAP || op == Ir.BinOp.SUB && !unsigned ? -v : v);
    }

    void arith(Ir.BinOp op, int r, int a, int b, Type t) {
        if (t instanceof Type.Float f) {
            int fb = f.bits();
            Op o = switch (op) {
                case ADD, ADD_WRAP, ADD_SAT -> Op.FADD;
                case SUB, SUB_WRAP, SUB_SAT -> Op.FSUB;
                case MUL, MUL_WRAP, MUL_SAT -> Op.FMUL;
                case DIV_TRUNC, DIV_EXACT, DIV_FLOOR -> Op.FDIV;
                case REM -> Op.FREM;
                case MOD -> Op.FMOD;
                case MIN -> Op.FMIN;
                case MAX -> Op.FMAX;
                default -> throw new IllegalStateException("float " + op);
            };
            out.emit(o, r, a, b, fb);
            if (op == Ir.BinOp.DIV_FLOOR) {
                out.emit(Op.FMATH, r, r, org.heaplab.lang.types.fp.FloatFns.Fn.FLOOR.ordinal(), fb);
            }
            return;
        }
        int tk = TypeCodes.tk(t);
        if (Operand.bits(tk) == 64) {
            boolean unsigned = !Operand.signed(tk);
            Op fast = switch (op) {
                case ADD -> unsigned ? Op.ADDU64 : null;
                case SUB -> unsigned ? Op.SUBU64 : null;
                case MUL -> unsigned ? Op.MULU64 : null;
                case ADD_WRAP -> Op.ADDW64;
                case SUB_WRAP -> Op.SUBW64;
                case MUL_WRAP -> Op.MULW64;
                case SHR -> unsigned ? Op.SHRU64 : null;
                default -> null;
            };
            if (fast != null) {
                out.emit(fast, r, a, b);
                return;
            }
        }
        switch (op) {
            case ADD -> out.emit(Op.ADD, r, a, b, tk);
            case SUB -> out.emit(Op.SUB, r, a, b, tk);
            case MUL -> out.emit(Op.MUL, r, a, b, tk);
            case ADD_WRAP -> out.emit(Op.ADDW, r, a, b, tk);
            case SUB_WRAP -> out.emit(Op.SUBW, r, a, b, tk);
            case MUL_WRAP -> out.emit(Op.MULW, r, a, b, tk);
            case ADD_SAT -> out.emit(Op.ADDS, r, a, b, tk);
            case SUB_SAT -> out.emit(Op.SUBS, r, a, b, tk);
            case MUL_SAT -> out.emit(Op.MULS, r, a, b, tk);
            case DIV_TRUNC -> out.emit(Op.DIVT, r, a, b, tk);
            case DIV_FLOOR -> out.emit(Op.DIVF, r, a, b, tk);
            case DIV_EXACT -> out.emit(Op.DIVX, r, a, b, tk);
            case REM -> out.emit(Op.REM, r, a, b, tk);
            case MOD -> out.emit(Op.MOD, r, a, b, tk);
            case SHL -> out.emit(Op.SHL, r, a, b, tk);
            case SHL_SAT -> out.emit(Op.SHLS, r, a, b, tk);
            case SHR -> out.emit(Op.SHR, r, a, b, tk);
            case BIT_AND -> out.emit(Op.AND, r, a, b);
            case BIT_OR -> out.emit(Op.OR, r, a, b);
            case BIT_XOR -> out.emit(Op.XOR, r, a, b);
            case MIN -> out.emit(Op.MIN, r, a, b, tk);
            case MAX -> out.emit(Op.MAX, r, a, b, tk);
            default -> throw new IllegalStateException(op.toString());
        }
    }

    void compare(Ir.Cmp c, int r) {
        Type t = c.left().type();
        if (t instanceof Type.Optional o && !(Layout.isPointerLike(o.child()) && Layout.isScalar(o.child()))) {
            // optional compared with null: look at the flag (or an optional slice's pointer)
            Ir.Expr opt = c.right().type() instanceof Type.Null || c.right() instanceof Ir.Const k2 && k2.value() instanceof Value.NullV ? c.left() : c.right();
            Mem m = cx.values.agg(opt);
            int flag = out.temp();
            if (Layout.isPointerLike(o.child())) cx.places.load(flag, m, new Type.Int(64, false));
            else cx.places.load(flag, m.plus(Layout.optionalFlagOffset((Type.Optional) opt.type())), new Type.Bool());
            int zero = out.temp();
            out.emit(Op.LDK, zero, out.k(0));
            out.emit(c.op() == Ir.CmpOp.EQ ? Op.EQ : Op.NE, r, flag, zero);
            return;
        }
        if (WideInts.isWide(t)) {
            cx.wide.compare(c, r);
            return;
        }
        if (org.heaplab.lang.types.Packed.isPacked(t)) {
            cx.packed.compare(c, r);
            return;
        }
        int a = cx.values.scalar(c.left());
        int b = cx.values.scalar(c.right());
        out.emit(cmpOp(c.op(), t), r, a, b);
    }

    private static Op cmpOp(Ir.CmpOp op, Type t) {
        if (t instanceof Type.Float) {
            return switch (op) {
                case EQ -> Op.FEQ;
                case NE -> Op.FNE;
                case LT -> Op.FLT;
                case LE -> Op.FLE;
                case GT -> Op.FGT;
                case GE -> Op.FGE;
            };
        }
        boolean signed = t instanceof Type.Int i && i.signed() || t instanceof EnumType e && e.tagType().signed();
        return switch (op) {
            case EQ -> Op.EQ;
            case NE -> Op.NE;
            case LT -> signed ? Op.LTS : Op.LTU;
            case LE -> signed ? Op.LES : Op.LEU;
            case GT -> signed ? Op.GTS : Op.GTU;
            case GE -> signed ? Op.GES : Op.GEU;
        };
    }

    void boolValue(Ir.Expr cond, Dest d) {
        int r = cx.values.destReg(d);
        int f = out.newLabel();
        int end = out.newLabel();
        cx.flow.condJump(cond, f);
        out.emit(Op.LDK, r, out.k(1));
        out.jump(Op.JMP, end);
        out.bind(f);
        out.emit(Op.LDK, r, out.k(0));
        out.bind(end);
        cx.values.finishReg(r, d, cond.type());
    }
}
