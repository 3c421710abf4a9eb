package org.heaplab.runtime.codegen;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.Type;
import org.heaplab.runtime.code.FnCode;

/**
 * Where each local of a function lives, and the frame's temporaries.
 *
 * <p>Every local gets a slot in the frame's memory (so the stack pane can show an address for
 * it); one whose type is scalar and whose address is never taken also gets a register, and is
 * read and written there. The registers are laid out as: locals, then constants held for the
 * whole call, then temporaries (freed at the end of each statement). Aggregate temporaries
 * take frame memory, freed at the end of the block that made them.
 */
final class FrameLayout {
    /** At most this many constants get registers of their own. */
    static final int MAX_CONST_REGS = 32;

    private final FnContext cx;
    private final Map<Ir.Local, Integer> regOf = new IdentityHashMap<>();
    private final Map<Ir.Local, Long> slotOf = new IdentityHashMap<>();
    private final List<FnCode.LocalSlot> slots = new ArrayList<>();
    private FnCode.Param[] params;
    /**
     * Constants held in registers for the whole call (filled when the frame is pushed), so
     * that arithmetic and comparisons with a literal need no load: value to register.
     */
    private final Map<Long, Integer> constRegs = new LinkedHashMap<>();
    /** The scalar constants the code asks for, with how often (what the second pass reserves registers for). */
    private final Map<Long, Integer> constUses = new LinkedHashMap<>();
    private int constBase;
    private long frameTop;
    private long frameMax;

    FrameLayout(FnContext cx, List<Long> constantsInRegisters) {
        this.cx = cx;
        for (long v : constantsInRegisters) constRegs.put(v, -1);
    }

    /** Gives every local its slot (and register), then the constants their registers. */
    void layOut() {
        Emitter out = cx.out;
        for (Ir.Local l : cx.fn.locals) {
            long size = Math.max(1, Layout.sizeOf(l.type));
            long off = allocFrame(size, Math.max(1, Layout.alignOf(l.type)));
            slotOf.put(l, off);
            boolean inReg = Layout.isScalar(l.type) && !l.addressTaken;
            int reg = -1;
            if (inReg) {
                reg = out.temp();
                regOf.put(l, reg);
            }
            slots.add(new FnCode.LocalSlot(l, inReg, reg, off));
        }
        constBase = out.tempMark();
        for (var e : constRegs.entrySet()) e.setValue(out.temp());
        List<FnCode.Param> ps = new ArrayList<>();
        for (Ir.Local p : cx.fn.params) {
            Integer reg = regOf.get(p);
            ps.add(new FnCode.Param(reg != null, reg == null ? -1 : reg, slotOf.get(p), Layout.sizeOf(p.type), Layout.isScalar(p.type),
                    TypeCodes.storeSize(p.type)));
        }
        params = ps.toArray(FnCode.Param[]::new);
    }

    // ------------------------------------------------------------------ locals

    /** The register of a local that lives in one, or null. */
    Integer register(Ir.Local l) { return regOf.get(l); }

    boolean inRegister(Ir.Local l) { return regOf.containsKey(l); }

    /** A local's slot in the frame. */
    Mem slot(Ir.Local l) { return Mem.inFrame(slotOf.get(l)); }

    /** The register of a compiler-made scalar local (loop counters are always registers). */
    int counterRegister(Ir.Local l) {
        Integer r = regOf.get(l);
        if (r == null) throw new IllegalStateException("loop counter not in a register: " + l);
        return r;
    }

    /** The first register that is neither a local's nor a constant's. */
    int firstTemp() { return regOf.size() + constRegs.size(); }

    // ------------------------------------------------------------------ constants

    /** The register holding a constant for the whole call, or null (the use is counted for the second pass). */
    Integer constantRegister(long v) {
        Integer reg = constRegs.get(v);
        if (reg == null) constUses.merge(v, 1, Integer::sum);
        return reg;
    }

    /** The constants used most often, for the next pass to hold in registers. */
    List<Long> mostUsedConstants() {
        return constUses.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed())
                .limit(MAX_CONST_REGS)
                .map(Map.Entry::getKey)
                .toList();
    }

    // ------------------------------------------------------------------ frame memory

    private long allocFrame(long size, long align) {
        long a = Math.max(1, align);
        frameTop = (frameTop + a - 1) & -a;
        long off = frameTop;
        frameTop += Math.max(size, 1);
        if (frameTop > frameMax) frameMax = frameTop;
        return off;
    }

    /** Frame memory for a temporary aggregate of type {@code t}, until the enclosing block ends. */
    Mem frameTemp(Type t) {
        return Mem.inFrame(allocFrame(Layout.sizeOf(t), Layout.alignOf(t)));
    }

    /** A mark to free the frame temporaries of a block at its end. */
    long frameMark() { return frameTop; }

    void releaseFrame(long mark) { frameTop = mark; }

    // ------------------------------------------------------------------ for FnCode

    int constBase() { return constBase; }

    long[] constValues() { return constRegs.keySet().stream().mapToLong(Long::longValue).toArray(); }

    long frameSize() { return (frameMax + 15) & ~15L; }

    FnCode.Param[] params() { return params; }

    List<FnCode.LocalSlot> localSlots() { return slots; }
}
