package org.heaplab.runtime.codegen;

import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.runtime.code.Op;
import org.heaplab.runtime.code.WideOp;
import org.heaplab.runtime.codegen.Dest.Drop;
import org.heaplab.runtime.codegen.Dest.ToMem;

/**
 * Integers of 65 to 128 bits (u128, i128, u65 ...). They do not fit a register, so like
 * aggregates they live in memory (Zig's size and alignment: 16 bytes, align 16) and the wide
 * instructions ({@link Op#WOP} ...) take their addresses: operands are evaluated into memory,
 * the result is written to the destination's memory (a frame temporary when it is dropped).
 */
final class WideInts {
    private final FnContext cx;
    private final Emitter out;

    WideInts(FnContext cx) {
        this.cx = cx;
        this.out = cx.out;
    }

    static boolean isWide(Type t) { return t instanceof Type.Int i && i.bits() > 64; }

    /** A register holding the address of the value of a wide expression. */
    int addr(Ir.Expr e) {
        return cx.places.addressOf(cx.values.agg(e));
    }

    /** A register holding the address the result goes to. */
    int destAddr(Dest d, Type t) {
        Mem m = d instanceof ToMem tm ? tm.mem() : cx.frame.frameTemp(t);
        return cx.places.addressOf(m);
    }

    void unary(Ir.Unary u, Dest d) {
        int a = addr(u.operand());
        int op = switch (u.op()) {
            case BIT_NOT -> WideOp.NOT;
            case NEG -> WideOp.NEG;
            case NEG_WRAP -> WideOp.NEGW;
            default -> throw new IllegalStateException("wide " + u.op());
        };
        if (d instanceof Drop && op != WideOp.NEG) return;
        org.heaplab.source.Span own = out.site;
        if (op == WideOp.NEG && out.debugStatement != null) out.site = out.debugStatement;
        out.emit(Op.WUN, destAddr(d, u.type()), a, TypeCodes.tk(u.type()), op);
        out.site = own;
    }

    void binary(Ir.Binary b, Dest d) {
        Type t = b.type();
        int a = addr(b.left());
        switch (b.op()) {
            case SHL, SHL_SAT, SHR -> {
                int n = cx.values.scalar(b.right());
                int op = b.op() == Ir.BinOp.SHL ? WideOp.SHL : b.op() == Ir.BinOp.SHL_SAT ? WideOp.SHLS : WideOp.SHR;
                out.emit(Op.WSHIFT, destAddr(d, t), a, n, TypeCodes.tk(t), op);
            }
            default -> {
                int c = addr(b.right());
                arith(b.op(), destAddr(d, t), a, c, t);
            }
        }
    }

    /** r[dst] = r[a] op r[b] for addresses of wide integers (a shift's amount is a register value). */
    void arith(Ir.BinOp bop, int dst, int a, int b, Type t) {
        int tk = TypeCodes.tk(t);
        switch (bop) {
            case SHL -> out.emit(Op.WSHIFT, dst, a, b, tk, WideOp.SHL);
            case SHL_SAT -> out.emit(Op.WSHIFT, dst, a, b, tk, WideOp.SHLS);
            case SHR -> out.emit(Op.WSHIFT, dst, a, b, tk, WideOp.SHR);
            default -> out.emit(Op.WOP, dst, a, b, tk, wideOp(bop));
        }
    }

    static boolean isShift(Ir.BinOp op) { return op == Ir.BinOp.SHL || op == Ir.BinOp.SHL_SAT || op == Ir.BinOp.SHR; }

    private static int wideOp(Ir.BinOp op) {
        return switch (op) {
            case ADD -> WideOp.ADD;
            case SUB -> WideOp.SUB;
            case MUL -> WideOp.MUL;
            case ADD_WRAP -> WideOp.ADDW;
            case SUB_WRAP -> WideOp.SUBW;
            case MUL_WRAP -> WideOp.MULW;
            case ADD_SAT -> WideOp.ADDS;
            case SUB_SAT -> WideOp.SUBS;
            case MUL_SAT -> WideOp.MULS;
            case DIV_TRUNC -> WideOp.DIVT;
            case DIV_FLOOR -> WideOp.DIVF;
            case DIV_EXACT -> WideOp.DIVX;
            case REM -> WideOp.REM;
            case MOD -> WideOp.MOD;
            case BIT_AND -> WideOp.AND;
            case BIT_OR -> WideOp.OR;
            case BIT_XOR -> WideOp.XOR;
            case MIN -> WideOp.MIN;
            case MAX -> WideOp.MAX;
            default -> throw new IllegalStateException("wide " + op);
        };
    }

    /** {@code target op= value} on a wide integer in memory. */
    void compoundAssign(Ir.CompoundAssign ca) {
        Type t = ca.target().type();
        int m = cx.places.addressOf(cx.places.place(ca.target()));
        int v = isShift(ca.op()) ? cx.values.scalar(ca.value()) : addr(ca.value());
        out.site = ca.span();
        arith(ca.op(), m, m, v, t);
    }

    void compare(Ir.Cmp c, int r) {
        int a = addr(c.left());
        int b = addr(c.right());
        int op = switch (c.op()) {
            case EQ -> WideOp.EQ;
            case NE -> WideOp.NE;
            case LT -> WideOp.LT;
            case LE -> WideOp.LE;
            case GT -> WideOp.GT;
            case GE -> WideOp.GE;
        };
        out.emit(Op.WCMP, r, a, b, TypeCodes.tk(c.left().type()), op);
    }

    /**
     * An integer conversion where the source or the destination is wide: {@code mode} is
     * {@link WideOp#CHECKED} ({@code @intCast}, widening) or {@link WideOp#WRAP} ({@code @truncate}, {@code @bitCast}).
     */
    void intConvert(Ir.Expr o, Type t, int mode, Dest d) {
        Type s = o.type();
        int stk = TypeCodes.tk(s);
        int dtk = TypeCodes.tk(t);
        if (isWide(s) && isWide(t)) {
            int a = addr(o);
            out.emit(Op.WRESIZE, destAddr(d, t), a, stk, dtk, mode);
        } else if (isWide(t)) {
            int v = cx.values.scalar(o);
            if (d instanceof Drop) return;
            out.emit(Op.WEXT, destAddr(d, t), v, stk, dtk, mode);
        } else {
            int a = addr(o);
            int r = cx.values.destReg(d);
            out.emit(Op.WNARROW, r, a, stk, dtk, mode);
            cx.values.finishReg(r, d, t);
        }
    }

    void intToFloat(Ir.Expr o, Type.Float t, Dest d) {
        int a = addr(o);
        int r = cx.values.destReg(d);
        out.emit(Op.WI2F, r, a, TypeCodes.tk(o.type()), t.bits());
        cx.values.finishReg(r, d, t);
    }

    void floatToInt(Ir.Expr o, Type t, Dest d) {
        int v = cx.values.scalar(o);
        out.emit(Op.WF2I, destAddr(d, t), v, TypeCodes.tk(t));
    }

    /** The builtins on wide integers (overflow arithmetic, bit counts, rotates, @abs); false for others. */
    boolean builtin(Ir.Builtin b, Dest d) {
        var args = b.args();
        if (args.isEmpty() || !isWide(args.get(0).type())) return false;
        Type t = args.get(0).type();
        int tk = TypeCodes.tk(t);
        switch (b.kind()) {
            case ADD_WITH_OVERFLOW, SUB_WITH_OVERFLOW, MUL_WITH_OVERFLOW -> {
                int a = addr(args.get(0));
                int c = addr(args.get(1));
                int opc = b.kind() == Ir.BuiltinKind.ADD_WITH_OVERFLOW ? 0 : b.kind() == Ir.BuiltinKind.SUB_WITH_OVERFLOW ? 1 : 2;
                StructType tuple = (StructType) b.type();
                Mem m = d instanceof ToMem tm ? tm.mem() : cx.frame.frameTemp(tuple);
                int bit = out.temp();
                out.emit(Op.WOVF, cx.places.addressOf(m.plus(tuple.offsetOf(0))), bit, a, c, tk, opc);
                cx.places.store(m.plus(tuple.offsetOf(1)), bit, new Type.Int(1, false));
            }
            case CTZ, CLZ, POP_COUNT -> {
                int a = addr(args.get(0));
                int r = cx.values.destReg(d);
                int op = b.kind() == Ir.BuiltinKind.CTZ ? WideOp.CTZ : b.kind() == Ir.BuiltinKind.CLZ ? WideOp.CLZ : WideOp.POPCNT;
                out.emit(Op.WBITS, r, a, tk, op);
                cx.values.finishReg(r, d, b.type());
            }
            case ROTL, ROTR -> {
                int a = addr(args.get(0));
                int n = cx.values.scalar(args.get(1));
                out.emit(Op.WSHIFT, destAddr(d, t), a, n, tk, b.kind() == Ir.BuiltinKind.ROTL ? WideOp.ROTL : WideOp.ROTR);
            }
            case ABS -> {
                int a = addr(args.get(0));
                out.emit(Op.WUN, destAddr(d, b.type()), a, tk, WideOp.ABS);
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
