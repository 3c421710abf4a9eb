package org.heaplab.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.memory.AddressSpace;
import org.heaplab.runtime.AllocatorChain;
import org.heaplab.runtime.Frame;
import org.heaplab.runtime.code.FnCode;
import org.heaplab.trace.Snapshot.Local;

/**
 * Reads a frame's locals as trees of parts (a struct's fields, an array's or slice's first
 * elements, a pointer's pointee) for the stack pane and the memory picture, and learns from the
 * pointers it meets what the heap's blocks hold: the rendering through the pointer that reaches
 * a block ({@link #typed}) and the type it gives the block, from which {@link #cellsOf} reads
 * each block's contents as cells. A std hash map's storage is read as its used entries. What a
 * snapshot shows depends only on the machine at its step (never on the path that led there, so
 * time travel reproduces it): a block nothing points to any more is shown as bytes.
 */
final class LocalReader {
    /** How deep the stack pane's tree of fields, elements and pointees goes. */
    static final int MAX_PART_DEPTH = 3;
    /** Elements of a slice or array listed under it. */
    static final int MAX_ELEMENTS = 16;
    /** Blocks whose contents are read as cells, at most. */
    static final int MAX_BLOCKS_WITH_CELLS = 4096;

    private final AddressSpace mem;
    private final ValueReader values;
    /** Renderings of blocks through the pointers that point at them, by address, for the snapshot being read. */
    private Map<Long, String> typed = new HashMap<>();
    /** The type a pointer to each address says lives there (a slice's element type). */
    private Map<Long, Type> pointee = new HashMap<>();
    /** Cells found for a block other than by its type (a hash map's entries), by address. */
    private Map<Long, List<Local>> special = new HashMap<>();
    /** While blocks' cells are read: addresses whose type was just learnt. */
    private java.util.ArrayDeque<Long> learnt;

    LocalReader(AddressSpace mem, ValueReader values) {
        this.mem = mem;
        this.values = values;
    }

    /** Forgets what the last snapshot learnt of the blocks (not the types they were last read as). */
    void startSnapshot() {
        typed = new HashMap<>();
        pointee = new HashMap<>();
        special = new HashMap<>();
    }

    /** The rendering of the block at {@code addr} through a pointer that reaches it, or null. */
    String typed(long addr) {
        return typed.get(addr);
    }

    Local local(Frame f, String frameKey, FnCode.LocalSlot slot) {
        Ir.Local l = slot.local();
        Type t = l.type;
        long addr = f.base() + slot.frameOffset();
        long size = Layout.sizeOf(t);
        String value;
        long bits = 0;
        if (slot.inRegister()) {
            bits = f.register(slot.register());
            value = values.bits(t, bits);
        } else {
            value = values.at(t, addr);
        }
        long[] target = target(t, slot.inRegister(), bits, addr);
        if (target[0] != 0) {
            typed.putIfAbsent(target[0], hint(l.name, t, slot.inRegister(), bits, addr));
            notePointee(target[0], t);
        }
        // the parts (fields, elements, pointees) give the blocks their pointers reach a typed view too
        String key = frameKey + "/" + l.name;
        List<Local> parts = slot.inRegister() ? pointeeParts(key, t, bits, 0) : parts(key, t, addr, 0);
        return new Local(key, l.name, t.name(), addr, size, value, target[0], target[1], l.isParam, parts);
    }


    /** The parts of a value in memory: a struct's fields, an array's or slice's first elements, a pointer's pointee. */
    private List<Local> parts(String key, Type t, long addr, int depth) {
        if (depth >= MAX_PART_DEPTH || mem.peek(addr, 1) == null) return List.of();
        List<Local> out = new ArrayList<>();
        switch (t) {
            case StructType s when s.fieldsResolved() -> {
                for (int i = 0; i < s.fields().size(); i++) {
                    StructType.Field fd = s.fields().get(i);
                    if (fd.isComptime()) continue;
                    out.add(part(key + "." + fd.name(), "." + fd.name(), fd.type(), addr + s.offsetOf(i), depth));
                }
                hashMapEntries(key, s, addr);
            }
            case Type.Array a -> {
                long es = Layout.sizeOf(a.child());
                if (es > 0 && !isByte(a.child())) {
                    for (long i = 0; i < Math.min(a.length(), MAX_ELEMENTS); i++) {
                        out.add(part(key + "[" + i + "]", "[" + i + "]", a.child(), addr + i * es, depth));
                    }
                }
            }
            case Type.Vector v when !Layout.isBitPackedVector(v) -> {
                // a vector of whole-byte elements lies as an array does: its elements are parts
                long es = Layout.sizeOf(v.child());
                if (es > 0 && !isByte(v.child())) {
                    for (long i = 0; i < Math.min(v.length(), MAX_ELEMENTS); i++) {
                        out.add(part(key + "[" + i + "]", "[" + i + "]", v.child(), addr + i * es, depth));
                    }
                }
            }
            case Type.Pointer p when p.isSlice() -> {
                long ptr = mem.peekValue(addr, 8, 0);
                long len = mem.peekValue(addr + 8, 8, 0);
                long es = Layout.sizeOf(p.child());
                if (ptr != 0 && ptr != 0xaaaaaaaaaaaaaaaaL && es > 0 && !isByte(p.child()) && len > 0 && len < (1L << 32)) {
                    for (long i = 0; i < Math.min(len, MAX_ELEMENTS); i++) {
                        out.add(part(key + "[" + i + "]", "[" + i + "]", p.child(), ptr + i * es, depth));
                    }
                }
            }
            case Type.Pointer p -> out.addAll(pointeeParts(key, t, mem.peekValue(addr, 8, 0), depth));
            case Type.Optional o when Layout.isPointerLike(o.child()) -> {
                if (o.child() instanceof Type.Pointer p && p.isSlice()) out.addAll(parts(key, o.child(), addr, depth));
                else out.addAll(pointeeParts(key, o.child(), mem.peekValue(addr, 8, 0), depth));
            }
            default -> { }
        }
        return List.copyOf(out);
    }

    /** A single-item pointer's pointee, as one part ({@code .*}). */
    private List<Local> pointeeParts(String key, Type t, long ptr, int depth) {
        Type pt = t instanceof Type.Optional o ? o.child() : t;
        if (!(pt instanceof Type.Pointer p) || p.size() != Type.PtrSize.ONE || ptr == 0 || ptr == 0xaaaaaaaaaaaaaaaaL) return List.of();
        if (p.child() instanceof Type.AnyOpaque || Layout.sizeOf(p.child()) == 0 || mem.peek(ptr, 1) == null) return List.of();
        if (depth >= MAX_PART_DEPTH) return List.of();
        return List.of(part(key + ".*", ".*", p.child(), ptr, depth));
    }

    private Local part(String key, String name, Type t, long addr, int depth) {
        long[] target = target(t, false, 0, addr);
        // a pointer met deeper in (a list node's next) gives the block it points at a typed view too
        if (target[0] != 0) {
            typed.putIfAbsent(target[0], hint(key.substring(key.indexOf('/') + 1), t, false, 0, addr));
            notePointee(target[0], t);
        }
        return new Local(key, name, t.name(), addr, Layout.sizeOf(t), values.at(t, addr), target[0], target[1], false,
                parts(key, t, addr, depth + 1));
    }

    private void notePointee(long address, Type t) {
        Type pt = t instanceof Type.Optional o ? o.child() : t;
        if (pt instanceof Type.Pointer p && !(p.child() instanceof Type.AnyOpaque) && Layout.sizeOf(p.child()) > 0) {
            if (pointee.putIfAbsent(address, p.child()) == null && learnt != null) learnt.add(address);
        }
    }

    /**
     * A live block's contents as cells, read as the type the pointers to it say it holds: one
     * value's fields, or the first elements of an array. Empty when no pointer says.
     */
    private List<Local> cells(String key, long addr, long len) {
        Type t = pointee.get(addr);
        if (t == null || mem.peek(addr, 1) == null) return List.of();
        long es = Layout.sizeOf(t);
        if (es <= 0 || es > len) return List.of();
        long n = len / es;
        if (n == 1) {
            if (t instanceof StructType s && s.fieldsResolved()) return parts(key, t, addr, 1);
            return List.of(new Local(key + "/0", "", t.name(), addr, es, values.at(t, addr), 0, 0, false, List.of()));
        }
        if (isByte(t)) return List.of();
        List<Local> out = new ArrayList<>();
        for (long i = 0; i < Math.min(n, MAX_ELEMENTS); i++) out.add(part(key + "[" + i + "]", "[" + i + "]", t, addr + i * es, 1));
        return List.copyOf(out);
    }

    private static boolean isByte(Type t) {
        return t instanceof Type.Int i && i.bits() == 8;
    }

    /** {address, bytes} a pointer or slice value refers to, or {0, 0}. */
    private long[] target(Type t, boolean inRegister, long bits, long addr) {
        Type ptrType = t instanceof Type.Optional o ? o.child() : t;
        if (!(ptrType instanceof Type.Pointer p)) return new long[] {0, 0};
        if (p.isSlice()) {
            if (inRegister) return new long[] {0, 0};
            long ptr = mem.peekValue(addr, 8, 0);
            long len = mem.peekValue(addr + 8, 8, 0);
            long es = Layout.sizeOf(p.child());
            if (ptr == 0 || ptr == 0xaaaaaaaaaaaaaaaaL || len < 0 || len > (1L << 40)) return new long[] {0, 0};
            return new long[] {ptr, len * es};
        }
        long ptr = inRegister ? bits : mem.peekValue(addr, 8, 0);
        if (ptr == 0 || ptr == 0xaaaaaaaaaaaaaaaaL) return new long[] {0, 0};
        long size = p.child() instanceof Type.AnyOpaque ? 1 : Math.max(1, Layout.sizeOf(p.child()));
        return new long[] {ptr, p.size() == Type.PtrSize.ONE ? size : 0};
    }

    private String hint(String name, Type t, boolean inRegister, long bits, long addr) {
        Type ptrType = t instanceof Type.Optional o ? o.child() : t;
        Type.Pointer p = (Type.Pointer) ptrType;
        String shown;
        if (p.isSlice()) {
            shown = values.at(t, addr);
        } else if (p.size() == Type.PtrSize.ONE && !(p.child() instanceof Type.AnyOpaque)) {
            long ptr = inRegister ? bits : mem.peekValue(addr, 8, 0);
            shown = values.at(p.child(), ptr);
        } else {
            shown = "";
        }
        return t.name() + " `" + name + "`" + (shown.isEmpty() ? "" : ": " + shown);
    }

    /**
     * A std hash map ({@code HashMapUnmanaged}: a metadata pointer just past a header of values,
     * keys and capacity, all in one block): its block's cells are its used entries, each a key
     * and a value, so the picture shows what the map holds and arrows leave keys and values that
     * are pointers.
     */
    private void hashMapEntries(String key, StructType s, long addr) {
        int mf = s.fieldIndex("metadata");
        if (mf < 0 || s.fieldIndex("available") < 0 || s.namespace() == null) return;
        var headerDecl = s.namespace().get("Header");
        if (headerDecl == null || !(headerDecl.value instanceof org.heaplab.lang.types.Value.TypeV hv)) return;
        if (!(hv.type() instanceof StructType header) || !header.fieldsResolved()) return;
        int vf = header.fieldIndex("values"), kf = header.fieldIndex("keys"), cf = header.fieldIndex("capacity");
        if (vf < 0 || kf < 0 || cf < 0) return;
        if (!(header.fields().get(vf).type() instanceof Type.Pointer vp) || !(header.fields().get(kf).type() instanceof Type.Pointer kp)) return;
        Type kt = kp.child(), vt = vp.child();
        long metadata = mem.peekValue(addr + s.offsetOf(mf), 8, 0);
        long start = metadata - Layout.sizeOf(header);
        if (metadata == 0 || metadata == 0xaaaaaaaaaaaaaaaaL || special.containsKey(start) || mem.peek(start, (int) Layout.sizeOf(header)) == null) return;
        long vals = mem.peekValue(start + header.offsetOf(vf), 8, 0);
        long keys = mem.peekValue(start + header.offsetOf(kf), 8, 0);
        long capacity = mem.peekValue(start + header.offsetOf(cf), 4, 0);
        long ks = Layout.sizeOf(kt), vs = Layout.sizeOf(vt);
        if (capacity <= 0 || capacity > (1 << 24)) return;
        byte[] meta = mem.peek(metadata, (int) capacity);
        if (meta == null) return;
        List<Local> entries = new ArrayList<>();
        String base = "block@" + Long.toHexString(start);
        for (int i = 0; i < capacity && entries.size() < MAX_ELEMENTS; i++) {
            if ((meta[i] & 0x80) == 0) continue;
            String ek = base + "[" + i + "]";
            List<Local> kvParts = new ArrayList<>();
            if (ks > 0) kvParts.add(part(ek + ".key", ".key", kt, keys + i * ks, 1));
            if (vs > 0) kvParts.add(part(ek + ".value", ".value", vt, vals + i * vs, 1));
            String shown = (ks > 0 ? values.at(kt, keys + i * ks) : "") + (vs > 0 ? " \u2192 " + values.at(vt, vals + i * vs) : "");
            entries.add(new Local(ek, "[" + i + "]", "entry", keys + i * ks, ks, shown, 0, 0, false, List.copyOf(kvParts)));
        }
        special.put(start, List.copyOf(entries));
        long used = 0;
        for (int i = 0; i < capacity; i++) if ((meta[i] & 0x80) != 0) used++;
        typed.putIfAbsent(start, "*hash map entries `" + key.substring(key.indexOf('/') + 1) + "`: " + used + " of " + capacity + " slots used");
    }

    /**
     * The cells of the program's live blocks, by address: each block read as the type the
     * pointers to it give, following what the cells reveal (a list node's next types the next
     * node) as a worklist.
     */
    Map<Long, List<Local>> cellsOf(List<AllocatorChain.LiveBlock> live) {
        Map<Long, List<Local>> cellsOf = new HashMap<>();
        Map<Long, AllocatorChain.LiveBlock> byAddress = new HashMap<>();
        for (AllocatorChain.LiveBlock b : live) if (b.requester() < 0) byAddress.putIfAbsent(b.address(), b);
        learnt = new java.util.ArrayDeque<>(pointee.keySet());
        while (!learnt.isEmpty() && cellsOf.size() < MAX_BLOCKS_WITH_CELLS) {
            long a = learnt.poll();
            AllocatorChain.LiveBlock b = byAddress.get(a);
            if (b == null || cellsOf.containsKey(a)) continue;
            cellsOf.put(a, cells("block@" + Long.toHexString(a), a, b.length()));
        }
        learnt = null;
        for (var e : special.entrySet()) if (byAddress.containsKey(e.getKey())) cellsOf.put(e.getKey(), e.getValue());
        return cellsOf;
    }
}
