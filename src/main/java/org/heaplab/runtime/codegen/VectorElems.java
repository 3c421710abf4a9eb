package org.heaplab.runtime.codegen;

import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.Packed;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;
import org.heaplab.memory.ByteState;
import org.heaplab.runtime.code.Op;
import org.heaplab.runtime.codegen.Dest.Drop;
import org.heaplab.runtime.codegen.Dest.ToMem;

/**
 * Vector elements. The checker turns every vector operation into element reads and a vector
 * initializer (see the checker's Vectors), so these are all the runtime does with vectors. A
 * vector of whole-byte elements is an array of them in memory (the rest of its power-of-two
 * size is padding); a vector of bools or of odd-sized integers is bit fields of one integer of
 * its size, element 0 in the lowest bits, as Zig stores it: reads shift and truncate, writes
 * load, mask, or and store back (at most 64 bits, which the checker ensures).
 */
final class VectorElems {
    private final FnContext cx;
    private final Emitter out;

    VectorElems(FnContext cx) {
        this.cx = cx;
        this.out = cx.out;
    }

    /** An element of a bit-packed vector (not a memory location of its own). */
    static boolean isPackedElem(Ir.Expr e) {
        return e instanceof Ir.ElemRef el && el.base().type() instanceof Type.Vector v && Layout.isBitPackedVector(v);
    }

    private static Type.Int backing(Type.Vector v) {
        return new Type.Int((int) Math.max(8, Layout.vectorSize(v) * 8), false);
    }

    /** A register holding the element's bit offset in the backing integer (the index bounds-checked when run-time). */
    private int bitOffset(Ir.ElemRef el, Type.Vector v) {
        int bits = (int) Packed.bitSize(v.child());
        int off = out.temp();
        if (el.index() instanceof Ir.Const c && c.value() instanceof Value.IntV iv) {
            out.emit(Op.LDK, off, out.k(iv.value().longValue() * bits));
            return off;
        }
        int i = cx.values.scalar(el.index());
        int n = out.temp();
        out.emit(Op.LDK, n, out.k(v.length()));
        out.emit(Op.BOUNDS, i, n);
        out.emit(Op.MULW64K, off, i, bits);
        return off;
    }

    /** The value of an element of a bit-packed vector. */
    void read(Ir.ElemRef el, Dest d) {
        if (d instanceof Drop) {
            cx.values.gen(el.base(), Dest.DROP);
            return;
        }
        Type.Vector v = (Type.Vector) el.base().type();
        Mem m = cx.values.agg(el.base());
        int off = bitOffset(el, v);
        int w = out.temp();
        cx.places.load(w, m, backing(v));
        out.emit(Op.SHRU64, w, w, off);
        int r = cx.values.destReg(d);
        out.emit(Op.TRUNC, r, w, TypeCodes.tk(v.child()));
        cx.values.finishReg(r, d, v.child());
    }

    /** A register holding the current value of an element of a bit-packed vector. */
    int readReg(Ir.ElemRef el) {
        int r = out.temp();
        read(el, new Dest.ToReg(r));
        return r;
    }

    /** {@code v[i] = x} on a bit-packed vector. */
    void write(Ir.ElemRef el, Ir.Expr value) {
        writeReg(el, cx.values.scalar(value));
    }

    void writeReg(Ir.ElemRef el, int value) {
        Type.Vector v = (Type.Vector) el.base().type();
        int bits = (int) Packed.bitSize(v.child());
        Mem m = cx.places.place(el.base());
        int off = bitOffset(el, v);
        int w = out.temp();
        cx.places.load(w, m, backing(v));
        int mask = out.temp();
        out.emit(Op.LDK, mask, out.k(bits >= 64 ? -1L : (1L << bits) - 1));
        int f = out.temp();
        out.emit(Op.AND, f, value, mask);
        out.emit(Op.SHL, f, f, off, TypeCodes.tk(new Type.Int(64, false)));
        out.emit(Op.SHL, mask, mask, off, TypeCodes.tk(new Type.Int(64, false)));
        out.emit(Op.NOT, mask, mask, TypeCodes.tk(new Type.Int(64, false)));
        out.emit(Op.AND, w, w, mask);
        out.emit(Op.OR, w, w, f);
        cx.places.store(m, w, backing(v));
    }

    /** A vector from its elements, written into the destination. */
    void init(Ir.VectorInit vi, Dest d) {
        if (d instanceof Drop) {
            for (Ir.Expr e : vi.elements()) cx.values.gen(e, Dest.DROP);
            return;
        }
        Mem dst = ((ToMem) d).mem();
        Type.Vector v = vi.vectorType();
        if (Layout.isBitPackedVector(v)) {
            int bits = (int) Packed.bitSize(v.child());
            long mask = bits >= 64 ? -1L : (1L << bits) - 1;
            int w = out.temp();
            out.emit(Op.LDK, w, out.k(0));
            int k = out.temp();
            out.emit(Op.LDK, k, out.k(mask));
            for (int i = 0; i < vi.elements().size(); i++) {
                Ir.Expr e = vi.elements().get(i);
                if (e instanceof Ir.Const c && c.value() instanceof Value.UndefV) continue;
                int f = out.temp();
                out.emit(Op.AND, f, cx.values.scalar(e), k);
                if (i > 0) out.emit(Op.SHL64K, f, f, i * bits);
                out.emit(Op.OR, w, w, f);
            }
            cx.places.store(dst, w, backing(v));
            return;
        }
        long es = Layout.sizeOf(v.child());
        for (int i = 0; i < vi.elements().size(); i++) {
            Ir.Expr e = vi.elements().get(i);
            Mem at = dst.plus(i * es);
            if (e instanceof Ir.Const c && c.value() instanceof Value.UndefV) {
                if (es > 0) out.emit(Op.FILL, cx.places.addressOf(at), (int) es, 0xAA, ByteState.UNDEFINED.ordinal());
                continue;
            }
            cx.values.storeValue(e, at);
        }
    }
}
