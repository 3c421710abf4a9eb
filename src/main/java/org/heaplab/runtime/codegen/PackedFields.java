package org.heaplab.runtime.codegen;

import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.Packed;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.runtime.code.Op;
import org.heaplab.runtime.codegen.Dest.Drop;
import org.heaplab.runtime.codegen.Dest.ToMem;

/**
 * Fields of packed structs. A packed struct is its backing integer in memory (at most 64 bits
 * here), its fields bit fields of it: a read loads the integer, shifts and truncates; a write
 * loads it, clears the field's bits, ors the new ones in and stores it back. A field of a
 * packed struct that is itself packed is a range of the outer integer's bits, so a chain of
 * such fields is one offset into the outermost struct's integer.
 */
final class PackedFields {
    private final FnContext cx;
    private final Emitter out;

    PackedFields(FnContext cx) {
        this.cx = cx;
        this.out = cx.out;
    }

    static boolean isPackedField(Ir.Expr e) { return e instanceof Ir.FieldRef fr && fr.struct().isPacked(); }

    /** The outermost struct of a chain of packed fields and the bit offset of the field in it. */
    private record BitPlace(Ir.Expr root, StructType rootType, long offset) {}

    private static BitPlace bitPlace(Ir.FieldRef fr) {
        long off = fr.struct().bitOffsetOf(fr.index());
        Ir.Expr base = fr.base();
        StructType st = fr.struct();
        while (base instanceof Ir.FieldRef inner && inner.struct().isPacked()) {
            off += inner.struct().bitOffsetOf(inner.index());
            st = inner.struct();
            base = inner.base();
        }
        return new BitPlace(base, st, off);
    }

    /** The value of a packed field. */
    void read(Ir.FieldRef fr, Dest d) {
        Type ft = fr.type();
        if (d instanceof Drop) {
            cx.values.gen(fr.base(), Dest.DROP);
            return;
        }
        BitPlace bp = bitPlace(fr);
        int w = out.temp();
        cx.places.load(w, cx.values.agg(bp.root()), bp.rootType().backing());
        if (bp.offset() > 0) out.emit(Op.SHRU64K, w, w, (int) bp.offset());
        if (Packed.isPacked(ft)) {
            StructType inner = (StructType) ft;
            out.emit(Op.TRUNC, w, w, TypeCodes.tk(inner.backing()));
            cx.places.store(((ToMem) d).mem(), w, inner.backing());
            return;
        }
        int r = cx.values.destReg(d);
        out.emit(Op.TRUNC, r, w, fieldTk(ft));
        cx.values.finishReg(r, d, ft);
    }

    /** A register holding the current value of a packed field (scalar field types). */
    int readReg(Ir.FieldRef fr) {
        int r = out.temp();
        read(fr, new Dest.ToReg(r));
        return r;
    }

    /** {@code target = value} for a packed field. */
    void write(Ir.FieldRef target, Ir.Expr value) {
        int v;
        if (Packed.isPacked(value.type())) {
            v = out.temp();
            cx.places.load(v, cx.values.agg(value), ((StructType) value.type()).backing());
        } else {
            v = cx.values.scalar(value);
        }
        writeReg(target, v);
    }

    /** Stores the register value {@code v} (of the field's type) into a packed field. */
    void writeReg(Ir.FieldRef target, int v) {
        BitPlace bp = bitPlace(target);
        int width = (int) Packed.bitSize(target.type());
        Mem m = cx.places.place(bp.root());
        Type.Int backing = bp.rootType().backing();
        int w = out.temp();
        cx.places.load(w, m, backing);
        long mask = width >= 64 ? -1L : (1L << width) - 1;
        int k = out.temp();
        out.emit(Op.LDK, k, out.k(~(mask << bp.offset())));
        out.emit(Op.AND, w, w, k);
        int f = out.temp();
        out.emit(Op.LDK, k, out.k(mask));
        out.emit(Op.AND, f, v, k);
        if (bp.offset() > 0) out.emit(Op.SHL64K, f, f, (int) bp.offset());
        out.emit(Op.OR, w, w, f);
        cx.places.store(m, w, backing);
    }

    /** A packed struct literal: its backing integer built in a register, then stored. */
    void init(Ir.StructInit si, Mem dst) {
        StructType st = si.struct();
        int w = out.temp();
        out.emit(Op.LDK, w, out.k(0));
        int k = out.temp();
        for (int i = 0; i < st.fields().size(); i++) {
            Ir.Expr v = si.values().get(i);
            if (v instanceof Ir.Const c && c.value() instanceof org.heaplab.lang.types.Value.UndefV) continue;
            Type ft = st.fields().get(i).type();
            int f = out.temp();
            if (Packed.isPacked(ft)) cx.places.load(f, cx.values.agg(v), ((StructType) ft).backing());
            else out.emit(Op.MOV, f, cx.values.scalar(v));
            int width = (int) Packed.bitSize(ft);
            long mask = width >= 64 ? -1L : (1L << width) - 1;
            out.emit(Op.LDK, k, out.k(mask));
            out.emit(Op.AND, f, f, k);
            long off = st.bitOffsetOf(i);
            if (off > 0) out.emit(Op.SHL64K, f, f, (int) off);
            out.emit(Op.OR, w, w, f);
        }
        cx.places.store(dst, w, st.backing());
    }

    /** {@code a == b} and {@code a != b} on packed structs: their backing integers compared. */
    void compare(Ir.Cmp c, int r) {
        Type.Int backing = ((StructType) c.left().type()).backing();
        int a = out.temp();
        cx.places.load(a, cx.values.agg(c.left()), backing);
        int b = out.temp();
        cx.places.load(b, cx.values.agg(c.right()), backing);
        out.emit(c.op() == Ir.CmpOp.EQ ? Op.EQ : Op.NE, r, a, b);
    }

    /** The type code a field's bits are normalized with: its own, bools as u1, enums as their tag. */
    private static int fieldTk(Type ft) {
        return TypeCodes.tk(ft);
    }
}
