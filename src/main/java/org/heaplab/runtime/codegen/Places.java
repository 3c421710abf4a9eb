package org.heaplab.runtime.codegen;

import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;
import org.heaplab.runtime.code.Op;
import org.heaplab.runtime.codegen.Dest.Drop;
import org.heaplab.runtime.codegen.Dest.ToMem;
import org.heaplab.source.Span;

/**
 * Places: the memory locations of locals, globals, dereferences, fields, elements and union
 * payloads ({@link Mem}), with the checks Zig makes on the way (index in bounds, union field
 * active), and the loads, stores and copies that read and write them. Also slicing, and the
 * pointer and length of anything a slice or a for loop can be made of.
 */
final class Places {
    private final FnContext cx;
    private final Emitter out;
    private final FrameLayout frame;

    Places(FnContext cx) {
        this.cx = cx;
        this.out = cx.out;
        this.frame = cx.frame;
    }

    /** The location of a place expression (one that can be assigned or have its address taken). */
    Mem place(Ir.Expr e) {
        Span saved = out.site;
        out.site = e.span();
        try {
            return placeNode(e);
        } finally {
            out.site = saved;
        }
    }

    private Mem placeNode(Ir.Expr e) {
        switch (e) {
            case Ir.LocalRef l -> {
                if (frame.inRegister(l.local())) throw new IllegalStateException("register local has no place: " + l.local());
                return frame.slot(l.local());
            }
            case Ir.GlobalRef g -> {
                int r = out.temp();
                out.emit(Op.LDK, r, out.k(cx.image.globalAddress(g.global())));
                return new Mem(r, 0);
            }
            case Ir.Deref d -> {
                if (d.pointer() instanceof Ir.UnwrapOpt u && optionalInMemory(u)) {
                    // n.next.?.field = v: Zig takes n.next's address and loads it in the unwrap, at the '.?'
                    Mem m = place(u.operand());
                    int r = out.temp();
                    Span s = out.site;
                    out.site = u.span();
                    load(r, m, new Type.Int(64, false));
                    out.emit(Op.NULLCHK, r);
                    out.site = s;
                    return new Mem(r, 0);
                }
                int r = cx.values.scalar(d.pointer());
                return new Mem(r, 0);
            }
            case Ir.FieldRef f -> {
                Mem base = cx.values.agg(f.base());
                return base.plus(f.struct().offsetOf(f.index()));
            }
            case Ir.SliceField sf -> {
                Mem base = cx.values.agg(sf.slice());
                return base.plus(sf.isLen() ? 8 : 0);
            }
            case Ir.UnwrapOpt u -> {
                // x.? as a place (&(x.?), x.? = v): the payload, in the optional's own memory, after the null check
                Type.Optional ot = (Type.Optional) u.operand().type();
                Mem m = cx.values.agg(u.operand());
                int flag = out.temp();
                if (Layout.isPointerLike(ot.child())) load(flag, m, new Type.Int(64, false));
                else load(flag, m.plus(Layout.optionalFlagOffset(ot)), new Type.Bool());
                out.emit(Op.NULLCHK, flag);
                return m;
            }
            case Ir.UnionPayload u -> {
                Mem base = cx.values.agg(u.base());
                if (u.union().storedTag() != null) {
                    EnumType tag = u.union().storedTag();
                    int cur = out.temp();
                    load(cur, base.plus(u.union().tagOffset()), tag.tagType());
                    int want = out.temp();
                    out.emit(Op.LDK, want, out.k(tag.fieldValue(u.index()).longValue()));
                    int ok = out.newLabel();
                    out.jump(Op.JEQ, ok, cur, want);
                    // Zig names the active field: one test per other field, on the failing path only,
                    // with the tag read as its integer type (an undefined tag's 0xaa names field 0 of a u1 tag)
                    int bits = tag.tagType().bits();
                    if (bits < 32) out.emit(Op.ANDK, cur, cur, (1 << bits) - 1);
                    String access = "access of union field '" + u.union().fields().get(u.index()).name() + "' while field '";
                    for (int j = 0; j < u.union().fields().size(); j++) {
                        int other = out.newLabel();
                        out.emit(Op.LDK, want, out.k(tag.fieldValue(j).longValue()));
                        out.jump(Op.JNE, other, cur, want);
                        out.emit(Op.PANIC, cx.image.panicId(access + u.union().fields().get(j).name() + "' is active"));
                        out.bind(other);
                    }
                    out.emit(Op.PANIC, cx.image.panicId("access of union field '" + u.union().fields().get(u.index()).name() + "' while field is not active"));
                    out.bind(ok);
                }
                return base;
            }
            case Ir.ElemRef el -> {
                return elemPlace(el);
            }
            case Ir.Const c -> {
                return cx.values.constMem(c);
            }
            default -> {
                return cx.values.agg(e);
            }
        }
    }

    /** {@code x.?} of an optional pointer that lives in memory (a field, an element, a pointee). */
    private static boolean optionalInMemory(Ir.UnwrapOpt u) {
        Type.Optional ot = (Type.Optional) u.operand().type();
        if (!Layout.isPointerLike(ot.child()) || !Layout.isScalar(ot.child())) return false;
        return u.operand() instanceof Ir.FieldRef f && !f.struct().isPacked() || u.operand() instanceof Ir.ElemRef
                || u.operand() instanceof Ir.Deref;
    }

    private Mem elemPlace(Ir.ElemRef el) {
        Type bt = el.base().type();
        long es = Layout.sizeOf(el.type());
        Value ci = el.index() instanceof Ir.Const c ? c.value() : null;
        if (bt instanceof Type.Array || bt instanceof Type.Vector) {
            Mem base = cx.values.agg(el.base());
            if (ci instanceof Value.IntV iv) return base.plus(iv.value().longValue() * es);
            int i = cx.values.scalar(el.index());
            if (bt instanceof Type.Array a) bounds(i, a.length(), a.sentinel() != null);
            else bounds(i, ((Type.Vector) bt).length(), false);
            int addr = addressOf(base);
            int r = out.temp();
            out.emit(Op.IDXADDR, r, addr, i, (int) es);
            return new Mem(r, 0);
        }
        Type.Pointer p = (Type.Pointer) bt;
        if (p.isSlice()) {
            Mem s = cx.values.agg(el.base());
            int ptr = out.temp();
            load(ptr, s, new Type.Int(64, false));
            int ln = out.temp();
            load(ln, s.plus(8), new Type.Int(64, false));
            int i = cx.values.scalar(el.index());
            out.emit(p.sentinel() != null ? Op.BOUNDSZ : Op.BOUNDS, i, ln);
            int r = out.temp();
            out.emit(Op.IDXADDR, r, ptr, i, (int) es);
            return new Mem(r, 0);
        }
        int ptr = cx.values.scalar(el.base());
        if (p.size() == Type.PtrSize.ONE && p.child() instanceof Type.Array a) {
            if (ci instanceof Value.IntV iv) return new Mem(ptr, iv.value().longValue() * es);
            int i = cx.values.scalar(el.index());
            bounds(i, a.length(), a.sentinel() != null);
            int r = out.temp();
            out.emit(Op.IDXADDR, r, ptr, i, (int) es);
            return new Mem(r, 0);
        }
        if (ci instanceof Value.IntV iv) return new Mem(ptr, iv.value().longValue() * es);
        int i = cx.values.scalar(el.index());
        int r = out.temp();
        out.emit(Op.IDXADDR, r, ptr, i, (int) es);
        return new Mem(r, 0);
    }

    /** Panics unless the index is below the length (or at it, where a sentinel is). */
    private void bounds(int indexReg, long length, boolean sentinel) {
        int l = out.temp();
        out.emit(Op.LDK, l, out.k(length));
        out.emit(sentinel ? Op.BOUNDSZ : Op.BOUNDS, indexReg, l);
    }

    /** Pointer and length registers of something sliceable or indexable (for slicing, @memcpy, for loops). */
    int[] ptrAndLen(Ir.Expr e) {
        Type t = e.type();
        if (t instanceof Type.Array a) {
            Mem m = cx.values.agg(e);
            int l = out.temp();
            out.emit(Op.LDK, l, out.k(a.length()));
            return new int[] {addressOf(m), l};
        }
        Type.Pointer p = (Type.Pointer) t;
        if (p.isSlice()) {
            Mem m = cx.values.agg(e);
            int ptr = out.temp();
            load(ptr, m, new Type.Int(64, false));
            int ln = out.temp();
            load(ln, m.plus(8), new Type.Int(64, false));
            return new int[] {ptr, ln};
        }
        int ptr = cx.values.scalar(e);
        if (p.size() == Type.PtrSize.ONE && p.child() instanceof Type.Array a) {
            int l = out.temp();
            out.emit(Op.LDK, l, out.k(a.length()));
            return new int[] {ptr, l};
        }
        if (p.size() == Type.PtrSize.ONE) {
            int l = out.temp();
            out.emit(Op.LDK, l, out.k(1));
            return new int[] {ptr, l};
        }
        return new int[] {ptr, -1};
    }

    void makeSlice(Ir.MakeSlice ms, Dest d) {
        Type elem = ((Type.Pointer) ms.type()).child();
        long es = Layout.sizeOf(elem);
        int[] pl = ptrAndLen(ms.base());
        int start = cx.values.scalar(ms.start());
        int end;
        if (ms.end() != null) {
            end = cx.values.scalar(ms.end());
        } else {
            end = pl[1];
        }
        int lenReg = pl[1] >= 0 ? pl[1] : out.temp();
        if (pl[1] < 0) out.emit(Op.LDK, lenReg, out.k(-1));
        Type.Pointer bt = ms.base().type() instanceof Type.Pointer p ? p : null;
        if (bt != null && bt.isSlice() && bt.sentinel() != null || ms.base().type() instanceof Type.Array a && a.sentinel() != null
                || bt != null && bt.child() instanceof Type.Array a2 && a2.sentinel() != null) {
            // slicing up to the sentinel is allowed
            int l2 = out.temp();
            out.emit(Op.ADDW64K, l2, lenReg, 1);
            if (ms.end() != null) lenReg = l2;
        }
        out.emit(Op.SLICECHK, start, end, lenReg);
        if (((Type.Pointer) ms.type()).sentinel() instanceof org.heaplab.lang.types.Value.IntV sv && elem instanceof Type.Int) {
            // s[a..b :0]: the element at b must be the sentinel
            int at = out.temp();
            out.emit(Op.IDXADDR, at, pl[0], end, (int) es);
            int found = out.temp();
            load(found, new Mem(at, 0), elem);
            int want = out.temp();
            out.emit(Op.LDK, want, out.k(sv.value().longValue()));
            out.emit(Op.SENTCHK, found, want, TypeCodes.tk(elem));
        }
        if (d instanceof Drop) return;
        int ptr = out.temp();
        out.emit(Op.IDXADDR, ptr, pl[0], start, (int) es);
        int n = out.temp();
        out.emit(Op.SUBW64, n, end, start);
        Mem dst = ((ToMem) d).mem();
        store(dst, ptr, new Type.Int(64, false));
        store(dst.plus(8), n, new Type.Int(64, false));
    }

    // ------------------------------------------------------------------ loads and stores

    void load(int dst, Mem m, Type t) {
        if (Layout.sizeOf(t) == 0) {
            out.emit(Op.LDK, dst, out.k(0));
            return;
        }
        if (m.inFrame()) out.emit(Op.LDF, dst, (int) m.off(), TypeCodes.loadKind(t));
        else out.emit(Op.LD, dst, m.base(), (int) m.off(), TypeCodes.loadKind(t));
    }

    void store(Mem m, int src, Type t) {
        if (Layout.sizeOf(t) == 0) return;
        if (m.inFrame()) out.emit(Op.STF, (int) m.off(), src, TypeCodes.storeSize(t));
        else out.emit(Op.ST, m.base(), (int) m.off(), src, TypeCodes.storeSize(t));
    }

    /** A new register holding the address of a location. */
    int addressOf(Mem m) {
        int r = out.temp();
        addressInto(r, m);
        return r;
    }

    /** Puts the address of a location in register {@code r}. */
    void addressInto(int r, Mem m) {
        if (m.inFrame()) {
            out.emit(Op.LDFRAME, r, (int) m.off());
        } else if (m.off() == 0) {
            out.emit(Op.MOV, r, m.base());
        } else if (m.off() == (int) m.off()) {
            out.emit(Op.ADDW64K, r, m.base(), (int) m.off());
        } else {
            int k = out.temp();
            out.emit(Op.LDK, k, out.k(m.off()));
            out.emit(Op.ADDW64, r, m.base(), k);
        }
    }

    void copy(Mem dst, Mem src, long size) {
        if (size <= 0) return;
        int d = addressOf(dst);
        int s = addressOf(src);
        out.emit(Op.COPY, d, s, (int) size);
    }
}
