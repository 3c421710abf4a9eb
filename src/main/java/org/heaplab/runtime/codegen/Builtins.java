package org.heaplab.runtime.codegen;

import java.util.List;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.fp.FloatFns;
import org.heaplab.memory.ByteState;
import org.heaplab.runtime.code.Op;
import org.heaplab.runtime.codegen.Dest.ToMem;
import org.heaplab.source.Span;

/** The builtins that compile to instructions of their own ({@code @memcpy}, {@code @memset}, {@code @panic}, {@code @errorName}, overflow arithmetic, bit counts ...). */
final class Builtins {
    private final FnContext cx;
    private final Emitter out;

    Builtins(FnContext cx) {
        this.cx = cx;
        this.out = cx.out;
    }

    void builtin(Ir.Builtin b, Dest d) {
        List<Ir.Expr> args = b.args();
        if (cx.wide.builtin(b, d)) return;
        switch (b.kind()) {
            case MEMCPY -> {
                int[] dst = cx.places.ptrAndLen(args.get(0));
                int[] src = cx.places.ptrAndLen(args.get(1));
                Type elem = Layout.elementType(args.get(0).type());
                long es = Layout.sizeOf(elem);
                int count = dst[1] >= 0 ? dst[1] : src[1];
                // Zig's checks come after the arguments' last dbg_stmt (a slice's '['), else at the builtin
                Span saved = out.site;
                Span argSite = Values.last(Values.lastStatementSite(args.get(0)), Values.lastStatementSite(args.get(1)));
                if (argSite != null) out.site = argSite;
                if (dst[1] >= 0 && src[1] >= 0) out.emit(Op.LENEQ, dst[1], src[1], cx.image.panicId("@memcpy arguments have non-equal lengths"));
                int bytes = cx.operators.timesConstant(count, es);
                out.emit(Op.NOALIAS, dst[0], src[0], bytes);
                out.site = saved;
                out.emit(Op.COPYR, dst[0], src[0], bytes);
            }
            case MEMSET -> {
                int[] dst = cx.places.ptrAndLen(args.get(0));
                Type elem = Layout.elementType(args.get(0).type());
                long es = Layout.sizeOf(elem);
                if (Layout.isScalar(elem)) {
                    // the store size, negative for f32/f16 (converted from the register's f64 as a store converts it)
                    int v = cx.values.scalar(args.get(1));
                    out.emit(Op.SETELEMS, dst[0], dst[1], TypeCodes.storeSize(elem), v);
                } else {
                    int src = cx.places.addressOf(cx.values.agg(args.get(1)));
                    out.emit(Op.SETELEMSM, dst[0], dst[1], (int) es, src);
                }
            }
            case MEMSET_UNDEFINED -> {
                int[] dst = cx.places.ptrAndLen(args.get(0));
                Type elem = Layout.elementType(args.get(0).type());
                int bytes = cx.operators.timesConstant(dst[1], Layout.sizeOf(elem));
                out.emit(Op.FILLR, dst[0], bytes, 0xAA, ByteState.UNDEFINED.ordinal());
            }
            case PANIC -> {
                Mem m = cx.values.agg(args.get(0));
                int ptr = out.temp();
                cx.places.load(ptr, m, new Type.Int(64, false));
                int ln = out.temp();
                cx.places.load(ln, m.plus(8), new Type.Int(64, false));
                out.emit(Op.PANICR, ptr, ln);
            }
            case RETURN_ADDRESS -> {
                int r = cx.values.destReg(d);
                out.emit(Op.RETADDR, r);
                cx.values.finishReg(r, d, b.type());
            }
            case ERROR_NAME -> {
                int code = cx.values.scalar(args.get(0));
                int r = out.temp();
                out.emit(Op.ERRNAME, r, code);
                cx.values.placeValue(new Mem(r, 0), b.type(), d);
            }
            case TAG_NAME -> {
                int v = cx.values.scalar(args.get(0));
                int r = out.temp();
                out.emit(Op.TAGNAME, r, v, cx.image.enumId((EnumType) args.get(0).type()));
                cx.values.placeValue(new Mem(r, 0), b.type(), d);
            }
            case ADD_WITH_OVERFLOW, SUB_WITH_OVERFLOW, MUL_WITH_OVERFLOW, SHL_WITH_OVERFLOW -> {
                int a = cx.values.scalar(args.get(0));
                int c = cx.values.scalar(args.get(1));
                int v = out.temp();
                int bit = out.temp();
                int opc = switch (b.kind()) {
                    case ADD_WITH_OVERFLOW -> 0;
                    case SUB_WITH_OVERFLOW -> 1;
                    case MUL_WITH_OVERFLOW -> 2;
                    default -> 3;
                };
                Type t = args.get(0).type();
                out.emit(Op.OVF, v, bit, a, c, TypeCodes.tk(t), opc);
                if (d instanceof ToMem tm) {
                    StructType tuple = (StructType) b.type();
                    cx.places.store(tm.mem().plus(tuple.offsetOf(0)), v, t);
                    cx.places.store(tm.mem().plus(tuple.offsetOf(1)), bit, new Type.Int(1, false));
                }
            }
            case SHL_EXACT -> {
                int a = cx.values.scalar(args.get(0));
                int c = cx.values.scalar(args.get(1));
                int r = cx.values.destReg(d);
                int bit = out.temp();
                Type t = b.type();
                out.emit(Op.OVF, r, bit, a, c, TypeCodes.tk(t), 3);
                int ok = out.newLabel();
                out.jump(Op.JZ, ok, bit);
                // the builtin has no debug statement of its own: Zig reports it at the last one (the statement)
                org.heaplab.source.Span own = out.site;
                if (out.debugStatement != null) out.site = out.debugStatement;
                out.emit(Op.PANIC, cx.image.panicId("left shift overflowed bits"));
                out.site = own;
                out.bind(ok);
                cx.values.finishReg(r, d, t);
            }
            case SHR_EXACT -> {
                int a = cx.values.scalar(args.get(0));
                int c = cx.values.scalar(args.get(1));
                int r = cx.values.destReg(d);
                Type t = b.type();
                int tk = TypeCodes.tk(t);
                // shifted back, the value must be what it was: else 1 bits were shifted out
                out.emit(Op.SHR, r, a, c, tk);
                int back = out.temp();
                out.emit(Op.SHL, back, r, c, tk);
                int ok = out.newLabel();
                out.jump(Op.JEQ, ok, back, a);
                org.heaplab.source.Span own = out.site;
                if (out.debugStatement != null) out.site = out.debugStatement;
                out.emit(Op.PANIC, cx.image.panicId("right shift overflowed bits"));
                out.site = own;
                out.bind(ok);
                cx.values.finishReg(r, d, t);
            }
            case F_SQRT, F_SIN, F_COS, F_TAN, F_EXP, F_EXP2, F_LOG, F_LOG2, F_LOG10, F_FLOOR, F_CEIL, F_ROUND, F_TRUNC -> {
                int a = cx.values.scalar(args.get(0));
                int r = cx.values.destReg(d);
                FloatFns.Fn fn = FloatFns.Fn.valueOf(b.kind().name().substring(2));
                out.emit(Op.FMATH, r, a, fn.ordinal(), ((Type.Float) b.type()).bits());
                cx.values.finishReg(r, d, b.type());
            }
            case MUL_ADD -> {
                int x = cx.values.scalar(args.get(0));
                int y = cx.values.scalar(args.get(1));
                int z = cx.values.scalar(args.get(2));
                int r = cx.values.destReg(d);
                out.emit(Op.FMA, r, x, y, z, ((Type.Float) b.type()).bits());
                cx.values.finishReg(r, d, b.type());
            }
            case ABS -> {
                int a = cx.values.scalar(args.get(0));
                int r = cx.values.destReg(d);
                if (args.get(0).type() instanceof Type.Float) out.emit(Op.FABS, r, a);
                else out.emit(Op.ABS, r, a, TypeCodes.tk(args.get(0).type()));
                cx.values.finishReg(r, d, b.type());
            }
            case CTZ, CLZ, POP_COUNT, BYTE_SWAP, BIT_REVERSE -> {
                int a = cx.values.scalar(args.get(0));
                int r = cx.values.destReg(d);
                Op op = switch (b.kind()) {
                    case CTZ -> Op.CTZ;
                    case CLZ -> Op.CLZ;
                    case POP_COUNT -> Op.POPCNT;
                    case BYTE_SWAP -> Op.BSWAP;
                    default -> Op.BITREV;
                };
                out.emit(op, r, a, TypeCodes.tk(args.get(0).type()));
                cx.values.finishReg(r, d, b.type());
            }
            case ROTL, ROTR, MUL_HI -> {
                int a = cx.values.scalar(args.get(0));
                int c = cx.values.scalar(args.get(1));
                int r = cx.values.destReg(d);
                Op op = b.kind() == Ir.BuiltinKind.ROTL ? Op.ROTL : b.kind() == Ir.BuiltinKind.ROTR ? Op.ROTR : Op.MULHI;
                out.emit(op, r, a, c, TypeCodes.tk(args.get(0).type()));
                cx.values.finishReg(r, d, b.type());
            }
            case SLICE_AS_BYTES -> {
                Ir.Expr x = args.get(0);
                Type.Pointer p = (Type.Pointer) x.type();
                int ptr;
                int bytes;
                if (p.isSlice()) {
                    int[] pl = cx.places.ptrAndLen(x);
                    ptr = pl[0];
                    bytes = cx.operators.timesConstant(pl[1], Layout.sizeOf(p.child()));
                } else {
                    bytes = out.temp();
                    ptr = cx.values.scalar(x);
                    out.emit(Op.LDK, bytes, out.k(Layout.sizeOf(p.child())));
                }
                if (d instanceof ToMem tm) {
                    cx.places.store(tm.mem(), ptr, new Type.Int(64, false));
                    cx.places.store(tm.mem().plus(8), bytes, new Type.Int(64, false));
                }
            }
            case BREAKPOINT -> out.emit(Op.BREAKPOINT);
        }
    }
}
