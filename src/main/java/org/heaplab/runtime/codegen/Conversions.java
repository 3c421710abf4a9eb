package org.heaplab.runtime.codegen;

import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.runtime.code.Op;
import org.heaplab.runtime.code.WideOp;
import org.heaplab.runtime.codegen.Dest.Drop;
import org.heaplab.runtime.codegen.Dest.ToMem;
import org.heaplab.runtime.codegen.Dest.ToReg;

import static org.heaplab.runtime.codegen.Dest.DROP;

/** Casts and coercions ({@code Ir.Convert}): widening, {@code @intCast}, {@code @truncate}, float conversions, optional and error-union wrapping, pointer casts with their checks. */
final class Conversions {
    private final FnContext cx;
    private final Emitter out;

    Conversions(FnContext cx) {
        this.cx = cx;
        this.out = cx.out;
    }

    void convert(Ir.Convert cv, Dest d) {
        Type t = cv.type();
        Ir.Expr o = cv.operand();
        if (wide(cv, d)) return;
        switch (cv.kind()) {
            case INT_WIDEN, ERROR_SET, ARRAY_PTR_TO_MANY, BOOL_TO_INT, ENUM_TO_INT, PTR_TO_INT -> {
                if (Layout.isScalar(t)) {
                    int a = cx.values.scalar(o);
                    cx.values.toDest(a, d, t);
                } else {
                    cx.values.gen(o, d);
                }
            }
            case BITCAST -> {
                if (Layout.isScalar(t) && Layout.isScalar(o.type())) {
                    int a = cx.values.scalar(o);
                    if (d instanceof Drop) return;
                    int r = cx.values.destReg(d);
                    if (t instanceof Type.Float f && !(o.type() instanceof Type.Float)) out.emit(Op.BITS2F, r, a, f.bits());
                    else if (o.type() instanceof Type.Float f2 && !(t instanceof Type.Float)) out.emit(Op.F2BITS, r, a, f2.bits());
                    else if (t instanceof Type.Int) out.emit(Op.TRUNC, r, a, TypeCodes.tk(t));
                    else out.emit(Op.MOV, r, a);
                    cx.values.finishReg(r, d, t);
                } else if (d instanceof ToMem tm) {
                    if (Layout.isScalar(o.type())) cx.places.store(tm.mem(), cx.values.scalar(o), o.type());
                    else cx.places.copy(tm.mem(), cx.values.agg(o), Layout.sizeOf(t));
                } else if (d instanceof ToReg tr) {
                    Mem m = cx.values.agg(o);
                    cx.places.load(tr.reg(), m, t);
                } else {
                    cx.values.gen(o, DROP);
                }
            }
            case INT_CAST -> {
                int a = cx.values.scalar(o);
                int r = cx.values.destReg(d);
                out.emit(Op.INTCAST, r, a, TypeCodes.tk(o.type()), TypeCodes.tk(t));
                cx.values.finishReg(r, d, t);
            }
            case TRUNCATE -> {
                int a = cx.values.scalar(o);
                int r = cx.values.destReg(d);
                out.emit(Op.TRUNC, r, a, TypeCodes.tk(t));
                cx.values.finishReg(r, d, t);
            }
            case INT_TO_FLOAT -> {
                int a = cx.values.scalar(o);
                int r = cx.values.destReg(d);
                out.emit(Op.I2F, r, a, TypeCodes.tk(o.type()), ((Type.Float) t).bits());
                cx.values.finishReg(r, d, t);
            }
            case FLOAT_TO_INT -> {
                int a = cx.values.scalar(o);
                int r = cx.values.destReg(d);
                out.emit(Op.F2I, r, a, TypeCodes.tk(t));
                cx.values.finishReg(r, d, t);
            }
            case FLOAT_CAST -> {
                int a = cx.values.scalar(o);
                int r = cx.values.destReg(d);
                out.emit(Op.FCAST, r, a, ((Type.Float) t).bits());
                cx.values.finishReg(r, d, t);
            }
            case WRAP_OPTIONAL -> {
                Type.Optional ot = (Type.Optional) t;
                if (Layout.isPointerLike(ot.child())) {
                    cx.values.gen(o, d);
                    return;
                }
                if (d instanceof Drop) {
                    cx.values.gen(o, DROP);
                    return;
                }
                Mem dst = ((ToMem) d).mem();
                cx.values.storeValue(o, dst);
                int one = out.temp();
                out.emit(Op.LDK, one, out.k(1));
                cx.places.store(dst.plus(Layout.optionalFlagOffset(ot)), one, new Type.Bool());
            }
            case WRAP_PAYLOAD -> {
                Type.ErrorUnion eu = (Type.ErrorUnion) t;
                if (Layout.isScalar(eu)) {
                    cx.values.gen(o, DROP);
                    if (d instanceof Drop) return;
                    int r = cx.values.destReg(d);
                    out.emit(Op.LDK, r, out.k(0));
                    cx.values.finishReg(r, d, t);
                    return;
                }
                if (d instanceof Drop) {
                    cx.values.gen(o, DROP);
                    return;
                }
                Mem dst = ((ToMem) d).mem();
                long[] lay = Layout.errorUnionLayout(eu);
                cx.values.storeValue(o, dst.plus(lay[0]));
                int z = out.temp();
                out.emit(Op.LDK, z, out.k(0));
                cx.places.store(dst.plus(lay[1]), z, new Type.Int(16, false));
            }
            case WRAP_ERROR -> {
                Type.ErrorUnion eu = (Type.ErrorUnion) t;
                int code = cx.values.scalar(o);
                if (Layout.isScalar(eu)) {
                    cx.values.toDest(code, d, t);
                    return;
                }
                if (d instanceof Drop) return;
                Mem dst = ((ToMem) d).mem();
                cx.places.store(dst.plus(Layout.errorUnionLayout(eu)[1]), code, new Type.Int(16, false));
            }
            case ARRAY_PTR_TO_SLICE -> {
                int p = cx.values.scalar(o);
                if (d instanceof Drop) return;
                Mem dst = ((ToMem) d).mem();
                long n = ((Type.Array) ((Type.Pointer) o.type()).child()).length();
                cx.places.store(dst, p, new Type.Int(64, false));
                int l = out.temp();
                out.emit(Op.LDK, l, out.k(n));
                cx.places.store(dst.plus(8), l, new Type.Int(64, false));
            }
            case ERROR_SET_CAST -> {
                int a = cx.values.scalar(o);
                java.util.Set<String> names = ((org.heaplab.lang.types.ErrorSetType) t).names();
                if (names != null) {
                    int ok = out.newLabel();
                    int code = out.temp();
                    for (String n : names) {
                        out.emit(Op.LDK, code, out.k(cx.image.scalarBits(t, new org.heaplab.lang.types.Value.ErrorV(n))));
                        out.jump(Op.JEQ, ok, a, code);
                    }
                    out.emit(Op.PANIC, cx.image.panicId("invalid error code"));
                    out.bind(ok);
                }
                cx.values.toDest(a, d, t);
            }
            case INT_TO_ENUM -> {
                int a = cx.values.scalar(o);
                EnumType et = (EnumType) t;
                if (!et.isNonExhaustive()) out.emit(Op.ENUMCHK, a, cx.image.enumId(et));
                int r = cx.values.destReg(d);
                out.emit(Op.TRUNC, r, a, TypeCodes.tk(et));
                cx.values.finishReg(r, d, t);
            }
            case UNION_TO_TAG -> {
                UnionType ut = (UnionType) o.type();
                Mem m = cx.values.agg(o);
                int r = cx.values.destReg(d);
                cx.places.load(r, m.plus(ut.tagOffset()), ut.tag().tagType());
                cx.values.finishReg(r, d, t);
            }
            case INT_TO_PTR -> {
                int a = cx.values.scalar(o);
                if (t instanceof Type.Pointer p) {
                    out.emit(Op.NONNULL, a);
                    // the pointer's own alignment (align(1) u32 may be anywhere), else its child's
                    int align = p.alignment() != 0 ? p.alignment() : Layout.alignOf(p.child());
                    if (align > 1 && !(p.child() instanceof Type.AnyOpaque)) out.emit(Op.ALIGNCHK, a, align);
                }
                cx.values.toDest(a, d, t);
            }
            case ALIGN_CAST -> {
                // an alignment equal to the child's natural one is written 0 in the type: check the natural one
                Type.Pointer p = (Type.Pointer) t;
                int align = p.alignment() != 0 ? p.alignment() : Layout.alignOf(p.child());
                boolean check = align > 1 && !(p.child() instanceof Type.AnyOpaque);
                if (!Layout.isScalar(t)) {
                    // a slice lives in memory: its ptr (first word) is checked, then the slice is copied
                    Mem m = cx.values.agg(o);
                    if (check) {
                        int ptr = out.temp();
                        cx.places.load(ptr, m, new Type.Int(64, false, true));
                        out.emit(Op.ALIGNCHK, ptr, align);
                    }
                    if (d instanceof ToMem tm) cx.places.copy(tm.mem(), m, Layout.sizeOf(t));
                    else if (d instanceof ToReg tr) cx.places.load(tr.reg(), m, t);
                    return;
                }
                int a = cx.values.scalar(o);
                if (check) out.emit(Op.ALIGNCHK, a, align);
                cx.values.toDest(a, d, t);
            }
        }
    }

    /** Conversions to or from integers wider than 64 bits (which live in memory); false for any other. */
    private boolean wide(Ir.Convert cv, Dest d) {
        Type t = cv.type();
        Ir.Expr o = cv.operand();
        boolean ints = t instanceof Type.Int && o.type() instanceof Type.Int;
        if (!WideInts.isWide(t) && !WideInts.isWide(o.type())) return false;
        switch (cv.kind()) {
            case INT_WIDEN, INT_CAST -> {
                if (!ints) return false;
                cx.wide.intConvert(o, t, WideOp.CHECKED, d);
            }
            case TRUNCATE -> cx.wide.intConvert(o, t, WideOp.WRAP, d);
            case BITCAST -> {
                if (!ints) return false;
                cx.wide.intConvert(o, t, WideOp.WRAP, d);
            }
            case INT_TO_FLOAT -> cx.wide.intToFloat(o, (Type.Float) t, d);
            case FLOAT_TO_INT -> cx.wide.floatToInt(o, t, d);
            default -> {
                return false;
            }
        }
        return true;
    }
}
