package org.heaplab.runtime;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.GlobalVar;
import org.heaplab.lang.types.ErrorSetType;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Value;
import org.heaplab.lang.types.fp.FloatBits;
import org.heaplab.lang.types.fp.FloatFns;
import org.heaplab.lang.ir.Ir;
import org.heaplab.memory.AddressSpace;
import org.heaplab.memory.ByteState;
import org.heaplab.runtime.code.FnCode;
import org.heaplab.runtime.code.Linkage;
import org.heaplab.runtime.code.Op;
import org.heaplab.runtime.codegen.Compiler;

/**
 * A checked program compiled and linked for the VM: its functions' code, the read-only data
 * and initial globals laid out as bytes, and the tables the VM consults (error names, enum tag
 * names). One image can be loaded into many machines.
 */
public final class Image implements Linkage {
    final Ir.Program program;
    final List<FnCode> functions = new ArrayList<>();
    /** The Java implementation of each native, by function index (null for compiled functions). */
    private Natives.Native[] natives;
    final Section rodata = new Section(AddressSpace.RODATA_BASE);
    final Section globals = new Section(AddressSpace.GLOBALS_BASE);
    final List<String> panicMessages = new ArrayList<>();
    private final Map<String, Integer> panicIds = new HashMap<>();
    private final Map<GlobalVar, Long> globalAddresses = new IdentityHashMap<>();
    private final Map<EnumType, Integer> enumIds = new IdentityHashMap<>();
    final List<EnumType> enums = new ArrayList<>();
    final List<Long> tagNameTables = new ArrayList<>();
    private long errorNameTable;
    private final Map<Object, Long> interned = new HashMap<>();
    /** Constants by value, as Zig interns them: two equal constant arrays are one, at one address. */
    private final Map<Value, Map<Type, Long>> refs = new HashMap<>();
    private long[] codeStarts;

    private Image(Ir.Program program) {
        this.program = program;
    }

    /** Lets the checker format comptime-known values with the machine's formatter (std.fmt at compile time). */
    public static void installComptimeFormatting() {
        org.heaplab.lang.ir.ComptimeFormatting.install(Formatter::formatComptime);
    }

    /** The most bytes of globals a program may have: the lab keeps them in one array. */
    public static final long MAX_GLOBALS = 256L << 20;

    /** A program the lab cannot lay out (its globals do not fit): a compile error at {@code span}. */
    public static final class TooLarge extends RuntimeException {
        public final org.heaplab.source.Span span;

        TooLarge(org.heaplab.source.Span span, String message) {
            super(message);
            this.span = span;
        }
    }

    /** Compiles every function of a checked program. */
    public static Image link(Ir.Program program) {
        var image = new Image(program);
        long total = 0;
        for (GlobalVar g : program.globals()) {
            long size = Math.max(1, Layout.sizeOf(g.type));
            total += size;
            if (size < 0 || total < 0 || total > MAX_GLOBALS) {
                throw new TooLarge(g.span, "Heap Lab cannot hold the global '" + g.name + "' of type '" + g.type.name()
                        + "': the program's globals would pass " + (MAX_GLOBALS >> 20) + " MiB, the lab's limit");
            }
            image.globalAddresses.put(g, image.globals.reserve(size, Math.max(8, Layout.alignOf(g.type))));
        }
        for (GlobalVar g : program.globals()) image.globals.writeValue(image, image.globalAddresses.get(g), g.type, g.init);
        image.natives = new Natives.Native[program.functions().size()];
        for (Ir.Function f : program.functions()) {
            if (f.isNative()) {
                image.natives[f.index] = Natives.lookup(f);
                image.functions.add(FnCode.nativeFunction(f));
            } else {
                try {
                    image.functions.add(Compiler.compile(image, f));
                } catch (TooLarge e) {
                    // a constant of the function's code that read-only data cannot hold: reported at the function
                    throw e.span != null ? e : new TooLarge(f.span, e.getMessage());
                }
            }
        }
        for (Ir.Function f : program.functions()) if (f.isNative() && !f.formatMethods.isEmpty()) image.layOutFormatConstants(f);
        image.errorNameTable = image.buildErrorNameTable();
        image.assignCodeAddresses();
        return image;
    }

    public Ir.Program program() { return program; }

    public List<FnCode> functions() { return functions; }

    public FnCode function(Ir.Function f) { return functions.get(f.index); }

    /** The Java implementation of a native, or null for a function compiled to VM code. */
    Natives.Native nativeOf(FnCode f) { return natives[f.index()]; }

    // ------------------------------------------------------------------ addresses

    /** The address a pointer to this function holds. */
    static long functionAddress(int index) { return AddressSpace.FUNCTION_BASE + 16L * index; }

    /** The function whose entry address this is, or null. */
    FnCode functionAt(long address) {
        long off = address - AddressSpace.FUNCTION_BASE;
        if (off < 0 || off % 16 != 0 || off / 16 >= functions.size()) return null;
        return functions.get((int) (off / 16));
    }

    private void assignCodeAddresses() {
        long next = AddressSpace.CODE_BASE;
        codeStarts = new long[functions.size()];
        for (FnCode f : functions) {
            codeStarts[f.index()] = next;
            next += Math.max(1, f.codeLength()) + 16;
        }
    }

    /** The code address of an instruction (code addresses are the function's start plus the pc). */
    long codeAddress(FnCode f, int pc) { return codeStarts[f.index()] + pc; }

    /** The function and instruction a code address belongs to: {function index, pc}, or null. */
    int[] codeAt(long address) {
        int i = Arrays.binarySearch(codeStarts, address);
        if (i < 0) i = -i - 2;
        if (i < 0 || i >= functions.size()) return null;
        FnCode f = functions.get(i);
        long pc = address - codeStarts[i];
        if (pc < 0 || pc > f.codeLength()) return null;
        return new int[] {i, (int) pc};
    }

    /** An opcode's code word carries the VM's handler for it (see {@link Handlers}), so the VM's loop needs no lookup. */
    @Override
    public int opcodeWord(Op op) { return op.code() | Handlers.OF[op.code()] << Op.MACHINE_SHIFT; }

    @Override
    public long globalAddress(GlobalVar g) { return globalAddresses.get(g); }

    @Override
    public int panicId(String message) {
        return panicIds.computeIfAbsent(message, m -> {
            panicMessages.add(m);
            return panicMessages.size() - 1;
        });
    }

    @Override
    public int enumId(EnumType t) {
        return enumIds.computeIfAbsent(t, e -> {
            enums.add(e);
            long table = rodata.reserve(16L * Math.max(1, e.fields().size()), 8);
            for (int i = 0; i < e.fields().size(); i++) {
                byte[] name = e.fieldName(i).getBytes(StandardCharsets.UTF_8);
                rodata.putLong(table + 16L * i, stringAddress(name));
                rodata.putLong(table + 16L * i + 8, name.length);
            }
            tagNameTables.add(table);
            return enums.size() - 1;
        });
    }

    long errorNameTable() { return errorNameTable; }

    private long buildErrorNameTable() {
        List<String> names = program.errorNames();
        long table = rodata.reserve(16L * (names.size() + 1), 8);
        for (int i = 0; i < names.size(); i++) {
            byte[] name = names.get(i).getBytes(StandardCharsets.UTF_8);
            rodata.putLong(table + 16L * (i + 1), stringAddress(name));
            rodata.putLong(table + 16L * (i + 1) + 8, name.length);
        }
        return table;
    }

    int errorCode(String name) {
        int i = program.errorNames().indexOf(name);
        if (i < 0) throw new IllegalStateException("unknown error " + name);
        return i + 1;
    }

    public String errorName(long code) {
        List<String> names = program.errorNames();
        return code >= 1 && code <= names.size() ? names.get((int) code - 1) : "(error " + code + ")";
    }

    // ------------------------------------------------------------------ constants

    /** A NUL-terminated copy of a string literal in read-only data. */
    long stringAddress(byte[] bytes) {
        return interned.computeIfAbsent(new Key(bytes), k -> {
            long a = rodata.reserve(bytes.length + 1, 1);
            rodata.put(a, bytes);
            return a;
        });
    }

    private record Key(byte[] bytes) {
        @Override
        public boolean equals(Object o) { return o instanceof Key k && Arrays.equals(bytes, k.bytes); }

        @Override
        public int hashCode() { return Arrays.hashCode(bytes); }
    }

    /** The address of a comptime value laid out in read-only data (a pointer to it). */
    @Override
    public long constantAddress(Value v, Type t) {
        if (v instanceof Value.StringV s && (t instanceof Type.Array || t instanceof Type.Pointer p && !p.isSlice())) {
            return stringAddress(s.bytes());
        }
        // one copy per value and type (equal values share it, as in Zig): a shared value (null,
        // undefined) is laid out differently per type
        Map<Type, Long> byType = refs.computeIfAbsent(v, x -> new HashMap<>());
        Long known = byType.get(t);
        if (known != null) return known;
        long size = Math.max(1, Layout.sizeOf(t));
        long a = rodata.reserve(size, Math.max(1, Layout.alignOf(t)));
        byType.put(t, a);
        rodata.writeValue(this, a, t, v);
        return a;
    }

    /**
     * Lays out the comptime arguments of a formatting native whose values may be given to a
     * {@code format} method, which takes them from memory (the parts too: a field or element).
     */
    private void layOutFormatConstants(Ir.Function f) {
        if (!(f.allParamTypes.get(f.allParamTypes.size() - 1) instanceof StructType args)) return;
        for (StructType.Field field : args.fields()) {
            if (field.isComptime() && field.defaultValue() != null) layOutConstant(field.type(), field.defaultValue(), 4);
        }
    }

    private void layOutConstant(Type t, Value v, int depth) {
        if (depth == 0 || t.isComptimeOnly() || v instanceof Value.UndefV) return;
        if (!(t instanceof StructType || t instanceof Type.Array || t instanceof UnionType)) return;
        constantAddress(v, t);
        if (t instanceof StructType st && v instanceof Value.AggregateV a && a.elements().size() == st.fields().size()) {
            for (int i = 0; i < a.elements().size(); i++) layOutConstant(st.fields().get(i).type(), a.elements().get(i), depth - 1);
        } else if (t instanceof Type.Array at && v instanceof Value.AggregateV a) {
            for (Value e : a.elements()) layOutConstant(at.child(), e, depth - 1);
        } else if (t instanceof UnionType ut && v instanceof Value.UnionV uv) {
            layOutConstant(ut.fields().get(uv.fieldIndex()).type(), uv.payload(), depth - 1);
        }
    }

    /** The address of a comptime value laid out before the run, or -1. */
    long laidOutConstant(Value v, Type t) {
        Map<Type, Long> byType = refs.get(v);
        Long known = byType == null ? null : byType.get(t);
        return known == null ? -1 : known;
    }

    /** The 64-bit register value of a comptime scalar. */
    @Override
    public long scalarBits(Type t, Value v) {
        return switch (v) {
            case Value.IntV i -> i.value().longValue();
            case Value.BoolV b -> b.value() ? 1 : 0;
            case Value.EnumV e -> e.tagValue().longValue();
            case Value.ErrorV e -> errorCode(e.name());
            case Value.FloatV f -> Double.doubleToRawLongBits(t instanceof Type.Float fl ? FloatFns.toType(f.value(), fl.bits()) : f.value());
            case Value.NullV n -> 0;
            case Value.VoidV x -> 0;
            case Value.UndefV u -> undefinedBits(t);
            case Value.RefV r -> constantAddress(r.target(), r.targetType());
            case Value.StringV s -> stringAddress(s.bytes());
            case Value.FnV f -> functionAddress(functionValue(f).index);
            case Value.GlobalAddrV g -> globalAddress(g.global()) + g.offset();
            case Value.AddressV a -> a.address();
            case Value.CellPtrV p -> scalarBits(t, org.heaplab.lang.types.ComptimeCell.freeze(p));
            case Value.OptionalV o -> scalarBits(((Type.Optional) t).child(), o.payload());
            case Value.AggregateV a -> throw new IllegalStateException("aggregate as scalar: " + t.name());
            default -> throw new IllegalStateException("no scalar encoding for " + v);
        };
    }

    Ir.Function functionValue(Value.FnV f) {
        Ir.Function fn = program.functionValues().get(f.fn());
        if (fn == null) throw new IllegalStateException("function value not instantiated: " + f.fn().qualifiedName());
        return fn;
    }

    /** 0xAA in every byte of the type's size, as a normalized register value. */
    static long undefinedBits(Type t) {
        long size = Layout.sizeOf(t);
        if (t instanceof Type.Float) return Double.doubleToRawLongBits(Double.longBitsToDouble(0xAAAAAAAAAAAAAAAAL));
        if (size >= 8 || size == 0) return 0xAAAAAAAAAAAAAAAAL;
        long v = 0xAAAAAAAAAAAAAAAAL & ((1L << (8 * size)) - 1);
        if (t instanceof Type.Int i) {
            if (i.bits() < 8 * size) v &= (1L << i.bits()) - 1;
            if (i.signed() && i.bits() < 64) v = (v << (64 - i.bits())) >> (64 - i.bits());
        }
        if (t instanceof Type.Bool) v &= 1;
        return v;
    }

    // ------------------------------------------------------------------ loading

    /** Maps and fills read-only data and globals in a fresh address space. */
    void load(AddressSpace mem) {
        for (Section s : List.of(rodata, globals)) {
            if (s.size == 0) continue;
            AddressSpace.Region region = s == rodata ? AddressSpace.Region.RODATA : AddressSpace.Region.GLOBALS;
            long at = mem.map(region, s.size, AddressSpace.PAGE_SIZE, s == rodata ? "rodata" : "globals");
            if (at != s.base) throw new IllegalStateException("section mapped at 0x" + Long.toHexString(at));
            mem.writeBytes(at, s.bytes, 0, (int) s.size, ByteState.DEFINED);
            if (s == rodata) mem.setReadOnly(at, true);
        }
    }

    /** A growing block of bytes at a fixed base address: read-only data or globals. */
    static final class Section {
        final long base;
        byte[] bytes = new byte[4096];
        long size;

        Section(long base) {
            this.base = base;
        }

        long reserve(long len, long align) {
            long off = (size + align - 1) & -align;
            long end = off + len;
            if (len < 0 || end < 0 || end > MAX_GLOBALS) {
                // one array holds the section: a constant of gigabytes (a struct's default of [1 << 32]u16) cannot be laid out
                throw new TooLarge(null, "Heap Lab cannot hold a constant of " + (len < 0 ? "this size" : len + " bytes")
                        + ": the program's " + (base == AddressSpace.RODATA_BASE ? "constants" : "globals") + " would pass "
                        + (MAX_GLOBALS >> 20) + " MiB, the lab's limit");
            }
            if (end > bytes.length) bytes = Arrays.copyOf(bytes, (int) Math.max(end, bytes.length * 2L));
            size = end;
            return base + off;
        }

        void put(long addr, byte[] data) {
            System.arraycopy(data, 0, bytes, (int) (addr - base), data.length);
        }

        void putLong(long addr, long v) { putBytes(addr, v, 8); }

        void putBytes(long addr, long v, int n) {
            int off = (int) (addr - base);
            for (int i = 0; i < n; i++) bytes[off + i] = (byte) (v >>> (8 * i));
        }

        void fill(long addr, long len, byte b) {
            int off = (int) (addr - base);
            Arrays.fill(bytes, off, (int) (off + len), b);
        }

        /** Serializes a comptime value of a type at an address, as Zig lays it out. */
        void writeValue(Image img, long addr, Type t, Value v) {
            writeValue(img, addr, t, v, false);
        }

        /**
         * As Zig's LLVM backend lays out a constant: {@code undefined} as a whole value is 0xAA
         * bytes, but an undefined field or element inside an aggregate ({@code buf: [4]u8 =
         * undefined} in {@code S{}}) is zero bytes.
         */
        private void writeValue(Image img, long addr, Type t, Value v, boolean nested) {
            long size = Layout.sizeOf(t);
            if (size == 0) return;
            if (v instanceof Value.UndefV) {
                fill(addr, size, nested ? 0 : (byte) 0xAA);
                return;
            }
            switch (t) {
                case Type.Int i -> {
                    if (size > 8 && v instanceof Value.IntV iv) {
                        // a wide integer: 128 bits, two's complement, little-endian
                        putBytes(addr, iv.value().longValue(), 8);
                        putBytes(addr + 8, iv.value().shiftRight(64).longValue(), (int) size - 8);
                    } else {
                        putBytes(addr, img.scalarBits(t, v), (int) size);
                    }
                }
                case Type.Bool b -> putBytes(addr, img.scalarBits(t, v), 1);
                case Type.Float f -> {
                    double d = ((Value.FloatV) v).value();
                    if (f.bits() == 32) putBytes(addr, FloatBits.toBits(d, 32), 4);
                    else if (f.bits() == 16) putBytes(addr, FloatBits.toBits(d, 16), 2);
                    else putBytes(addr, Double.doubleToRawLongBits(d), 8);
                }
                case EnumType e -> putBytes(addr, img.scalarBits(t, v), (int) size);
                case ErrorSetType e -> putBytes(addr, img.scalarBits(t, v), 2);
                case Type.Pointer p -> {
                    if (p.isSlice()) {
                        writeSlice(img, addr, p, v);
                    } else {
                        putLong(addr, img.scalarBits(t, v));
                    }
                }
                case Type.Array a -> writeArray(img, addr, a, v);
                case Type.Vector vt -> {
                    List<Value> els = ((Value.AggregateV) v).elements();
                    if (Layout.isBitPackedVector(vt)) {
                        // bit fields of one integer, element 0 lowest (undefined elements are zero bits)
                        long bits = org.heaplab.lang.types.Packed.bitSize(vt.child());
                        java.math.BigInteger all = java.math.BigInteger.ZERO;
                        for (int i = 0; i < els.size(); i++) {
                            all = all.or(org.heaplab.lang.types.Packed.bits(vt.child(), els.get(i)).shiftLeft((int) (i * bits)));
                        }
                        for (long k = 0; k < size; k += 8) putBytes(addr + k, all.shiftRight((int) (k * 8)).longValue(), (int) Math.min(8, size - k));
                    } else {
                        long es = Layout.sizeOf(vt.child());
                        for (int i = 0; i < els.size(); i++) writeValue(img, addr + i * es, vt.child(), els.get(i), true);
                    }
                }
                case StructType s when s.isPacked() -> putBytes(addr, org.heaplab.lang.types.Packed.bits(s, v).longValue(), (int) size);
                case StructType s -> {
                    List<Value> els = ((Value.AggregateV) v).elements();
                    for (int i = 0; i < s.fields().size(); i++) {
                        StructType.Field f = s.fields().get(i);
                        if (f.isComptime()) continue;
                        writeValue(img, addr + s.offsetOf(i), f.type(), els.get(i), true);
                    }
                }
                case Type.Optional o -> {
                    if (Layout.isPointerLike(o.child())) {
                        if (v instanceof Value.NullV) fill(addr, size, (byte) 0);
                        else writeValue(img, addr, o.child(), ((Value.OptionalV) v).payload(), nested);
                    } else if (v instanceof Value.NullV) {
                        fill(addr, size, (byte) 0);
                    } else {
                        writeValue(img, addr, o.child(), ((Value.OptionalV) v).payload(), nested);
                        putBytes(addr + Layout.optionalFlagOffset(o), 1, 1);
                    }
                }
                case Type.ErrorUnion eu -> {
                    long[] lay = Layout.errorUnionLayout(eu);
                    if (v instanceof Value.ErrorV ev) {
                        putBytes(addr + lay[1], img.errorCode(ev.name()), 2);
                    } else {
                        writeValue(img, addr + lay[0], eu.payload(), v, nested);
                        putBytes(addr + lay[1], 0, 2);
                    }
                }
                case UnionType u -> {
                    Value.UnionV uv = (Value.UnionV) v;
                    writeValue(img, addr, u.fields().get(uv.fieldIndex()).type(), uv.payload(), nested);
                    if (u.storedTag() != null) {
                        putBytes(addr + u.tagOffset(), u.storedTag().fieldValue(uv.fieldIndex()).longValue(), (int) Layout.sizeOf(u.storedTag().tagType()));
                    }
                }
                default -> throw new IllegalStateException("cannot lay out " + t.name());
            }
        }

        private void writeSlice(Image img, long addr, Type.Pointer p, Value v) {
            switch (v) {
                case Value.StringV s -> {
                    putLong(addr, img.stringAddress(s.bytes()));
                    putLong(addr + 8, s.bytes().length);
                }
                case Value.RefV r -> {
                    putLong(addr, img.constantAddress(r.target(), r.targetType()));
                    long len = r.targetType() instanceof Type.Array a ? a.length() : 1;
                    putLong(addr + 8, len);
                }
                case Value.AggregateV a -> {
                    Type arr = new Type.Array(a.elements().size(), p.child());
                    putLong(addr, img.constantAddress(new Value.AggregateV(arr, a.elements()), arr));
                    putLong(addr + 8, a.elements().size());
                }
                case Value.CellPtrV c -> writeSlice(img, addr, p, org.heaplab.lang.types.ComptimeCell.freeze(c));
                default -> throw new IllegalStateException("cannot lay out slice value " + v);
            }
        }

        private void writeArray(Image img, long addr, Type.Array a, Value v) {
            long es = Layout.sizeOf(a.child());
            if (v instanceof Value.StringV s) {
                put(addr, s.bytes());
                if (a.sentinel() != null) putBytes(addr + s.bytes().length, 0, 1);
                return;
            }
            List<Value> els = ((Value.AggregateV) v).elements();
            for (int i = 0; i < els.size(); i++) writeValue(img, addr + i * es, a.child(), els.get(i), true);
            if (a.sentinel() != null) writeValue(img, addr + a.length() * es, a.child(), a.sentinel(), true);
        }
    }

    @SuppressWarnings("unused")
    private static final Class<?> USED = BigInteger.class;
}
