package org.heaplab.runtime.codegen;

import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;
import org.heaplab.memory.ByteState;
import org.heaplab.runtime.code.Op;
import org.heaplab.runtime.codegen.Dest.Drop;
import org.heaplab.runtime.codegen.Dest.ToMem;
import org.heaplab.runtime.codegen.Dest.ToReg;
import org.heaplab.source.Span;

import static org.heaplab.runtime.codegen.Dest.DROP;

/**
 * The value of an expression, computed into its destination ({@link Dest}): a register for a
 * scalar, a memory location for an aggregate, or nowhere. A scalar operand is read where it
 * already is when it can be (a register local, a constant's register) instead of being copied.
 * Initializers write each field or element straight into the destination; locals bound by
 * captures get their values here too.
 */
final class Values {
    private final FnContext cx;
    private final Emitter out;
    private final FrameLayout frame;

    Values(FnContext cx) {
        this.cx = cx;
        this.out = cx.out;
        this.frame = cx.frame;
    }

    /** Writes the value of {@code e} to its destination. */
    void gen(Ir.Expr e, Dest d) {
        Span saved = out.site;
        out.site = e.span();
        try {
            genNode(e, d);
            if (e instanceof Ir.Binary b && switch (b.op()) {
                case ADD, SUB, MUL, DIV_TRUNC, REM -> true;
                default -> false;
            }) out.debugStatement = b.span();
        } finally {
            out.site = saved;
        }
    }

    private void genNode(Ir.Expr e, Dest d) {
        Type t = e.type();
        switch (e) {
            case Ir.Const c -> constant(c, d);
            case Ir.LocalRef l -> {
                Integer reg = frame.register(l.local());
                if (reg != null) toDest(reg, d, t);
                else placeValue(frame.slot(l.local()), t, d);
            }
            case Ir.FieldRef fr when fr.struct().isPacked() -> cx.packed.read(fr, d);
            case Ir.ElemRef el when VectorElems.isPackedElem(el) -> cx.vectors.read(el, d);
            case Ir.GlobalRef _, Ir.Deref _, Ir.FieldRef _, Ir.ElemRef _, Ir.UnionPayload _ -> placeValue(cx.places.place(e), t, d);
            case Ir.SliceField sf -> {
                if (d instanceof Drop) {
                    gen(sf.slice(), DROP);
                    return;
                }
                Mem m = agg(sf.slice());
                int r = destReg(d);
                cx.places.load(r, m.plus(sf.isLen() ? 8 : 0), t);
                finishReg(r, d, t);
            }
            case Ir.MakeSlice ms -> cx.places.makeSlice(ms, d);
            case Ir.AddrOf a -> {
                Mem m = cx.places.place(a.place());
                if (!m.inFrame() && m.off() == 0) {
                    toDest(m.base(), d, t);
                } else {
                    int r = destReg(d);
                    cx.places.addressInto(r, m);
                    finishReg(r, d, t);
                }
            }
            case Ir.Unary u -> cx.operators.unary(u, d);
            case Ir.Binary b -> cx.operators.binary(b, d);
            case Ir.Cmp c -> {
                if (d instanceof Drop) {
                    gen(c.left(), DROP);
                    gen(c.right(), DROP);
                    return;
                }
                int r = destReg(d);
                cx.operators.compare(c, r);
                finishReg(r, d, t);
            }
            case Ir.Logic lg -> cx.operators.boolValue(lg, d);
            case Ir.Call c -> cx.calls.call(c.function(), null, c.args(), c.type(), d, c.site());
            case Ir.CallPtr c -> cx.calls.call(null, c.callee(), c.args(), c.type(), d, c.site());
            case Ir.Convert cv -> cx.conversions.convert(cv, d);
            case Ir.StructInit si -> structInit(si, d);
            case Ir.ArrayInit ai -> arrayInit(ai, d);
            case Ir.VectorInit vi -> cx.vectors.init(vi, d);
            case Ir.UnionInit ui -> unionInit(ui, d);
            case Ir.Try tr -> cx.errors.tryExpr(tr, d);
            case Ir.Catch ct -> cx.errors.catchExpr(ct, d);
            case Ir.Orelse oe -> cx.errors.orelse(oe, d);
            case Ir.UnwrapOpt uo -> cx.errors.unwrapOpt(uo, d);
            case Ir.IfElse ie -> cx.flow.ifElse(ie, d);
            case Ir.IfOpt io -> cx.flow.ifOpt(io, d);
            case Ir.IfErr ie -> cx.errors.ifErr(ie, d);
            case Ir.Switch sw -> cx.flow.switchExpr(sw, d);
            case Ir.Block b -> cx.flow.block(b, d);
            case Ir.While w -> cx.flow.whileLoop(w, d);
            case Ir.For f -> cx.flow.forLoop(f, d);
            case Ir.Break b -> cx.flow.breakExpr(b);
            case Ir.Continue c -> cx.flow.continueExpr(c);
            case Ir.Return r -> cx.errors.returnExpr(r);
            case Ir.Unreachable u -> out.emit(Op.UNREACH);
            case Ir.Builtin b -> cx.builtins.builtin(b, d);
            case Ir.Assign a -> assign(a);
        }
    }

    /** A register holding the value of a scalar expression (may be a local's own register: read only). */
    int scalar(Ir.Expr e) {
        if (e instanceof Ir.LocalRef lr && frame.inRegister(lr.local())) return frame.register(lr.local());
        if (e instanceof Ir.Const c && isScalarConstant(c)) {
            long v = scalarOf(c.type(), c.value());
            Integer reg = frame.constantRegister(v);
            if (reg != null) return reg;
        }
        int r = out.temp();
        gen(e, new ToReg(r));
        return r;
    }

    /** A location holding the value of an aggregate expression (may be the original place: read only). */
    Mem agg(Ir.Expr e) {
        if (e instanceof Ir.Const c) return constMem(c);
        if (isPlaceExpr(e)) return cx.places.place(e);
        Mem m = frame.frameTemp(e.type());
        gen(e, new ToMem(m));
        return m;
    }

    private static boolean isPlaceExpr(Ir.Expr e) {
        return switch (e) {
            case Ir.LocalRef l -> true;
            case Ir.GlobalRef g -> true;
            case Ir.Deref d -> true;
            case Ir.FieldRef f -> !f.struct().isPacked();
            case Ir.ElemRef el -> !VectorElems.isPackedElem(el);
            case Ir.UnionPayload u -> true;
            case Ir.UnwrapOpt u -> isPlaceExpr(u.operand());
            default -> false;
        };
    }

    Mem constMem(Ir.Const c) {
        long addr = cx.image.constantAddress(c.value(), c.type());
        int r = out.temp();
        out.emit(Op.LDK, r, out.k(addr));
        return new Mem(r, 0);
    }

    /** The register a scalar result should be computed into. */
    int destReg(Dest d) {
        return d instanceof ToReg tr ? tr.reg() : out.temp();
    }

    /** After computing into {@code r}: store it when the destination is memory. */
    void finishReg(int r, Dest d, Type t) {
        if (d instanceof ToMem tm) cx.places.store(tm.mem(), r, t);
    }

    void toDest(int r, Dest d, Type t) {
        switch (d) {
            case ToReg tr -> {
                if (tr.reg() != r) out.emit(Op.MOV, tr.reg(), r);
            }
            case ToMem tm -> cx.places.store(tm.mem(), r, t);
            case Drop x -> { }
        }
    }

    void placeValue(Mem m, Type t, Dest d) {
        if (d instanceof Drop) return;
        if (Layout.isScalar(t)) {
            int r = destReg(d);
            cx.places.load(r, m, t);
            finishReg(r, d, t);
        } else if (d instanceof ToMem tm) {
            cx.places.copy(tm.mem(), m, Layout.sizeOf(t));
        } else {
            throw new IllegalStateException("aggregate into register: " + t.name());
        }
    }

    /**
     * The register value of an integer (or other non-float scalar) constant when it fits in a
     * signed 32-bit immediate; else null (not a constant, or too large).
     */
    Long smallConstant(Ir.Expr e) {
        if (!(e instanceof Ir.Const c) || !isScalarConstant(c) || c.type() instanceof Type.Float || c.type() instanceof Type.ComptimeFloat) {
            return null;
        }
        long v = scalarOf(c.type(), c.value());
        return v == (int) v ? v : null;
    }

    private static boolean isScalarConstant(Ir.Const c) {
        Type t = c.type();
        return Layout.isScalar(t) || t instanceof Type.ComptimeInt || t instanceof Type.ComptimeFloat;
    }

    private void constant(Ir.Const c, Dest d) {
        Type t = c.type();
        if (d instanceof Drop) return;
        if (Layout.isScalar(t) || t instanceof Type.ComptimeInt || t instanceof Type.ComptimeFloat) {
            int r = destReg(d);
            out.emit(Op.LDK, r, out.k(scalarOf(t, c.value())));
            finishReg(r, d, t);
            return;
        }
        Mem dst = ((ToMem) d).mem();
        long size = Layout.sizeOf(t);
        if (size == 0) return;
        if (c.value() instanceof Value.UndefV) {
            int a = cx.places.addressOf(dst);
            out.emit(Op.FILL, a, (int) size, 0xAA, ByteState.UNDEFINED.ordinal());
            return;
        }
        long addr = cx.image.constantAddress(c.value(), t);
        int s = out.temp();
        out.emit(Op.LDK, s, out.k(addr));
        int a = cx.places.addressOf(dst);
        out.emit(Op.COPY, a, s, (int) size);
    }

    private long scalarOf(Type t, Value v) {
        if (t instanceof Type.ComptimeInt && v instanceof Value.IntV i) return i.value().longValue();
        if (t instanceof Type.ComptimeFloat && v instanceof Value.FloatV f) return Double.doubleToRawLongBits(f.value());
        return cx.image.scalarBits(t, v);
    }

    /** Stores a value of any type at a location. */
    void storeValue(Ir.Expr v, Mem dst) {
        if (Layout.isScalar(v.type())) {
            int r = scalar(v);
            Span s = out.site;
            cx.places.store(dst, r, v.type());
            out.site = s;
        } else {
            gen(v, new ToMem(dst));
        }
    }

    void assignLocal(Ir.Local l, int valueReg) {
        cx.defers.declared(l);
        Integer reg = frame.register(l);
        if (reg != null) out.emit(Op.MOV, reg, valueReg);
        else cx.places.store(frame.slot(l), valueReg, l.type);
    }

    /** Sets a capture local from a value in memory. */
    void captureFrom(Ir.Local l, Mem m) {
        cx.defers.declared(l);
        Integer reg = frame.register(l);
        if (reg != null) cx.places.load(reg, m, l.type);
        else cx.places.copy(frame.slot(l), m, Layout.sizeOf(l.type));
    }

    private void structInit(Ir.StructInit si, Dest d) {
        if (d instanceof Drop) {
            for (Ir.Expr v : si.values()) gen(v, DROP);
            return;
        }
        Mem dst = ((ToMem) d).mem();
        StructType st = si.struct();
        if (st.isPacked()) {
            cx.packed.init(si, dst);
            return;
        }
        for (int i = 0; i < st.fields().size(); i++) {
            if (st.fields().get(i).isComptime()) continue;
            storeElement(si.values().get(i), dst.plus(st.offsetOf(i)));
        }
    }

    /**
     * A field or element of an aggregate initializer. An {@code undefined} one is zero bytes, as
     * in Zig's Debug builds (a whole {@code undefined} value is 0xAA); the bytes still count as
     * undefined for the lab.
     */
    private void storeElement(Ir.Expr v, Mem dst) {
        if (v instanceof Ir.Const c && c.value() instanceof Value.UndefV) {
            long size = Layout.sizeOf(v.type());
            if (size == 0) return;
            int a = cx.places.addressOf(dst);
            out.emit(Op.FILL, a, (int) size, 0, ByteState.UNDEFINED.ordinal());
            return;
        }
        storeValue(v, dst);
    }

    private void arrayInit(Ir.ArrayInit ai, Dest d) {
        if (d instanceof Drop) {
            for (Ir.Expr v : ai.elements()) gen(v, DROP);
            return;
        }
        Mem dst = ((ToMem) d).mem();
        long es = Layout.sizeOf(ai.arrayType().child());
        for (int i = 0; i < ai.elements().size(); i++) storeElement(ai.elements().get(i), dst.plus(i * es));
        if (ai.arrayType().sentinel() != null) {
            int s = out.temp();
            out.emit(Op.LDK, s, out.k(cx.image.scalarBits(ai.arrayType().child(), ai.arrayType().sentinel())));
            cx.places.store(dst.plus(ai.elements().size() * es), s, ai.arrayType().child());
        }
    }

    private void unionInit(Ir.UnionInit ui, Dest d) {
        if (d instanceof Drop) {
            gen(ui.payload(), DROP);
            return;
        }
        Mem dst = ((ToMem) d).mem();
        storeValue(ui.payload(), dst);
        if (ui.union().storedTag() != null) {
            int t = out.temp();
            out.emit(Op.LDK, t, out.k(ui.union().storedTag().fieldValue(ui.field()).longValue()));
            cx.places.store(dst.plus(ui.union().tagOffset()), t, ui.union().storedTag().tagType());
        }
    }

    private void assign(Ir.Assign a) {
        if (a.target() instanceof Ir.FieldRef fr && fr.struct().isPacked()) {
            Span s = out.site;
            cx.packed.write(fr, a.value());
            out.site = s;
            return;
        }
        if (a.target() instanceof Ir.ElemRef el && VectorElems.isPackedElem(el)) {
            Span s = out.site;
            cx.vectors.write(el, a.value());
            out.site = s;
            return;
        }
        if (a.target() instanceof Ir.LocalRef lr && frame.inRegister(lr.local())) {
            gen(a.value(), new ToReg(frame.register(lr.local())));
            return;
        }
        Type t = a.target().type();
        if (Layout.isScalar(t)) {
            // Zig evaluates the target's address first, then the value (a fault or a call shows the order)
            Mem m = cx.places.place(a.target());
            int v = scalar(a.value());
            Span s = out.site;
            Span valueSite = lastStatementSite(a.value());
            out.site = valueSite != null ? valueSite : a.target().span();
            cx.places.store(m, v, t);
            out.site = s;
        } else {
            Mem m = cx.places.place(a.target());
            gen(a.value(), new ToMem(m));
        }
    }

    /**
     * Where Zig's debug info puts a store of this value: its last dbg_stmt, which Zig's AstGen emits
     * after the operands of a field access, an index, a slice, a call, {@code .?} and {@code + - * / % << >>}
     * ({@code p.next = n.next} faults at the second '.'); null when the value has none (the store then
     * keeps the target's own, as {@code p.a = 5} at its '.').
     */
    static Span lastStatementSite(Ir.Expr e) {
        return switch (e) {
            case Ir.FieldRef f -> f.span();
            case Ir.SliceField f -> f.span();
            case Ir.ElemRef x -> x.span();
            case Ir.MakeSlice x -> x.span();
            case Ir.UnwrapOpt u -> u.span();
            case Ir.Call c -> c.site();
            case Ir.CallPtr c -> c.site();
            case Ir.Binary b -> switch (b.op()) {
                case ADD, SUB, MUL, DIV_TRUNC, REM, SHL, SHR -> b.span();
                default -> last(lastStatementSite(b.left()), lastStatementSite(b.right()));
            };
            case Ir.Cmp c -> last(lastStatementSite(c.left()), lastStatementSite(c.right()));
            case Ir.Try t -> lastStatementSite(t.operand());
            case Ir.IfElse i -> last(last(lastStatementSite(i.cond()), lastStatementSite(i.then())), lastStatementSite(i.otherwise()));
            case Ir.Orelse o -> last(lastStatementSite(o.operand()), lastStatementSite(o.fallback()));
            case Ir.Deref d -> lastStatementSite(d.pointer());
            case Ir.Unary u -> lastStatementSite(u.operand());
            case Ir.Convert c -> lastStatementSite(c.operand());
            default -> null;
        };
    }

    static Span last(Span first, Span second) {
        return second != null ? second : first;
    }

    void compoundAssign(Ir.CompoundAssign ca) {
        Type t = ca.target().type();
        if (WideInts.isWide(t)) {
            Span s = out.site;
            cx.wide.compoundAssign(ca);
            out.site = s;
            return;
        }
        Operators.Immediate k = cx.operators.immediate(ca.op(), t, ca.value());
        if (ca.target() instanceof Ir.LocalRef lr && frame.inRegister(lr.local())) {
            int r = frame.register(lr.local());
            int v = k != null ? -1 : scalar(ca.value());
            Span s = out.site;
            out.site = ca.span();
            if (k != null) out.emit(k.op(), r, r, k.value());
            else cx.operators.arith(ca.op(), r, r, v, t);
            out.site = s;
            return;
        }
        if (ca.target() instanceof Ir.FieldRef fr && fr.struct().isPacked()) {
            int cur = cx.packed.readReg(fr);
            int v = scalar(ca.value());
            Span s = out.site;
            out.site = ca.span();
            cx.operators.arith(ca.op(), cur, cur, v, t);
            cx.packed.writeReg(fr, cur);
            out.site = s;
            return;
        }
        if (ca.target() instanceof Ir.ElemRef el && VectorElems.isPackedElem(el)) {
            int cur = cx.vectors.readReg(el);
            int v = scalar(ca.value());
            Span s = out.site;
            out.site = ca.span();
            cx.operators.arith(ca.op(), cur, cur, v, t);
            cx.vectors.writeReg(el, cur);
            out.site = s;
            return;
        }
        Mem m = cx.places.place(ca.target());
        int cur = out.temp();
        cx.places.load(cur, m, t);
        int v = k != null ? -1 : scalar(ca.value());
        Span s = out.site;
        out.site = ca.span();
        if (k != null) out.emit(k.op(), cur, cur, k.value());
        else cx.operators.arith(ca.op(), cur, cur, v, t);
        out.site = ca.target().span();
        cx.places.store(m, cur, t);
        out.site = s;
    }
}
