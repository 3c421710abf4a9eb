package org.heaplab.runtime;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.heaplab.lang.ir.Ir;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.ErrorSetType;
import org.heaplab.lang.ir.FormatSpec;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.Packed;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.lang.types.Value;
import org.heaplab.lang.types.fp.F16;
import org.heaplab.lang.types.fp.F128;
import org.heaplab.lang.types.fp.FloatBits;
import org.heaplab.memory.AddressSpace;

/**
 * Zig's {@code std.fmt} at run time: formats values according to a checked {@link FormatSpec},
 * following {@code formatType}'s rules ({@code {}} of a struct prints its type name and fields,
 * {@code {any}} of a slice its elements, floats in Zig's shortest scientific form...). A value
 * is read from simulated memory or, for comptime tuple fields, from its comptime value.
 */
final class Formatter {
    private final Image image;
    private final AddressSpace mem;
    final FormatMethodCalls methodCalls;
    /** The format methods of the formatting native being run (see {@link Ir.Function#formatMethods}). */
    private Map<Type, Map<String, Ir.Function>> methods = Map.of();

    /** The VM whose limits formatting counts against (null at compile time). */
    private final Vm vm;

    Formatter(Image image, AddressSpace mem, Vm vm) {
        this.image = image;
        this.mem = mem;
        this.vm = vm;
        this.methodCalls = new FormatMethodCalls(vm, image, mem);
    }

    /** A value to format: where it lives, or what it is when known at compile time. */
    private record Val(Type type, long addr, Value constant) {
        static Val at(Type t, long addr) { return new Val(t, addr, null); }

        static Val of(Type t, Value v) { return new Val(t, 0, v); }

        boolean isConst() { return constant != null; }
    }

    private record Options(int fill, char alignment, long width, int precision) {
        static final Options NONE = new Options(' ', '>', -1, -1);
    }

    byte[] format(FormatSpec spec, Type argsType, long argsAddr, Map<Type, Map<String, Ir.Function>> formatMethods) {
        var saved = methods;
        var savedDirect = direct;
        methods = formatMethods;
        direct = null;
        try {
            return format(spec, argsType, argsAddr);
        } finally {
            methods = saved;
            direct = savedDirect;
        }
    }

    /**
     * Formats for an unbuffered stream (std.debug.print, a File writer): the text goes to
     * {@code write} in order, and what a format method writes goes there as it writes it, so
     * what was printed before a panic in a format method is seen, as in Zig.
     */
    void formatTo(FormatSpec spec, Type argsType, long argsAddr, Map<Type, Map<String, Ir.Function>> formatMethods,
                  java.util.function.Consumer<byte[]> write) {
        var saved = methods;
        var savedDirect = direct;
        methods = formatMethods;
        direct = write;
        try {
            byte[] rest = format(spec, argsType, argsAddr);
            if (rest.length > 0) write.accept(rest);
        } finally {
            methods = saved;
            direct = savedDirect;
        }
    }

    /** Where text goes at once while formatting for an unbuffered stream, else null. */
    private java.util.function.Consumer<byte[]> direct;

    private byte[] format(FormatSpec spec, Type argsType, long argsAddr) {
        var out = new FormatBuffer(vm, direct);
        StructType st = (StructType) argsType;
        try {
            for (FormatSpec.Piece p : spec.pieces()) {
                switch (p) {
                    case FormatSpec.Literal l -> out.writeBytes(l.bytes());
                    case FormatSpec.Placeholder ph -> {
                        StructType.Field f = st.fields().get(ph.arg());
                        Val v = f.isComptime() ? Val.of(f.type(), f.defaultValue()) : Val.at(f.type(), argsAddr + st.offsetOf(ph.arg()));
                        long width = ph.widthArg() >= 0 ? argInt(st, argsAddr, ph.widthArg()) : ph.width();
                        int precision = ph.precisionArg() >= 0 ? (int) Math.min(argInt(st, argsAddr, ph.precisionArg()), 1 << 20) : ph.precision();
                        formatType(v, ph.spec(), new Options(ph.fill(), ph.alignment(), width, precision), out, 3);
                    }
                }
            }
        } catch (org.heaplab.memory.MemoryFault | ZigPanic e) {
            // an unbuffered stream already has the text written before the fault ("after free: " and then the report)
            out.flushNow();
            throw e;
        }
        return out.toByteArray();
    }

    /** Formats comptime-known arguments while a program is checked (no machine: values are constants). */
    static byte[] formatComptime(FormatSpec spec, Type argsType, Value args) {
        var f = new Formatter(null, null, null);
        var out = new FormatBuffer(null, null);
        StructType st = (StructType) argsType;
        for (FormatSpec.Piece p : spec.pieces()) {
            switch (p) {
                case FormatSpec.Literal l -> out.writeBytes(l.bytes());
                case FormatSpec.Placeholder ph -> {
                    long width = ph.widthArg() >= 0 ? f.integer(f.comptimeArg(st, args, ph.widthArg())) : ph.width();
                    int precision = ph.precisionArg() >= 0 ? (int) f.integer(f.comptimeArg(st, args, ph.precisionArg())) : ph.precision();
                    f.formatType(f.comptimeArg(st, args, ph.arg()), ph.spec(), new Options(ph.fill(), ph.alignment(), width, precision), out, 3);
                }
            }
        }
        return out.toByteArray();
    }

    private Val comptimeArg(StructType st, Value args, int i) {
        StructType.Field field = st.fields().get(i);
        if (field.isComptime()) return Val.of(field.type(), field.defaultValue());
        return Val.of(field.type(), ((Value.AggregateV) args).elements().get(i));
    }

    /** {@code std.fmt.formatType}: one value (at {@code addr}, or a comptime constant) with a specifier and options. */
    byte[] formatValue(Type t, long addr, Value constant, String spec, int fill, char alignment, long width, int precision, int depth,
                       Map<Type, Map<String, Ir.Function>> formatMethods) {
        var saved = methods;
        methods = formatMethods;
        try {
            var out = buffer();
            formatType(constant != null ? Val.of(t, constant) : Val.at(t, addr), spec, new Options(fill, alignment, width, precision), out, depth);
            return out.toByteArray();
        } finally {
            methods = saved;
        }
    }


    /** A width or precision given as an argument (a usize: any width is streamed, see {@link FormatBuffer}). */
    private long argInt(StructType st, long argsAddr, int i) {
        StructType.Field f = st.fields().get(i);
        Val v = f.isComptime() ? Val.of(f.type(), f.defaultValue()) : Val.at(f.type(), argsAddr + st.offsetOf(i));
        long n = integer(v);
        return n < 0 ? Long.MAX_VALUE : n;
    }

    /** A buffer for text formatted on the way to the result (its bytes count as work; bounded). */
    private FormatBuffer buffer() { return new FormatBuffer(vm, null); }

    // ------------------------------------------------------------------ JSON

    /** Zig's {@code {any}} rendering of one value (used by testing's messages). */
    String render(Type t, long addr, String spec) {
        var out = buffer();
        formatType(Val.at(t, addr), spec, Options.NONE, out, 3);
        return out.toString(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ reading values

    private long integer(Val v) {
        if (v.isConst()) {
            Value c = v.constant();
            if (c instanceof Value.IntV i) return i.value().longValue();
            if (c instanceof Value.BoolV b) return b.value() ? 1 : 0;
            if (c instanceof Value.EnumV e) return e.tagValue().longValue();
            if (c instanceof Value.UndefV) return Image.undefinedBits(v.type());
            return image.scalarBits(v.type(), c);
        }
        Type t = v.type();
        long size = Math.max(1, Layout.sizeOf(t));
        long raw = mem.load(v.addr(), (int) Math.min(8, size));
        if (t instanceof Type.Int i && i.signed() && size < 8) {
            int s = 64 - 8 * (int) size;
            raw = (raw << s) >> s;
        }
        if (t instanceof EnumType e && e.tagType().signed() && size < 8) {
            int s = 64 - 8 * (int) size;
            raw = (raw << s) >> s;
        }
        return raw;
    }

    private BigInteger bigInteger(Val v) {
        if (v.isConst() && v.constant() instanceof Value.IntV i) return i.value();
        if (v.type() instanceof Type.Int it && it.bits() > 64) {
            BigInteger lo = new BigInteger(Long.toUnsignedString(mem.load(v.addr(), 8)));
            BigInteger all = BigInteger.valueOf(mem.load(v.addr() + 8, 8)).shiftLeft(64).add(lo);
            return it.signed() ? all : all.and(it.maxBig());
        }
        long x = integer(v);
        boolean signed = v.type() instanceof Type.Int i && i.signed() || v.type() instanceof Type.ComptimeInt;
        return signed || x >= 0 ? BigInteger.valueOf(x) : new BigInteger(Long.toUnsignedString(x));
    }

    /** A comptime_float constant's exact f128 value, or null. */
    private static F128 wide(Val v) {
        return v.isConst() && v.constant() instanceof Value.FloatV f ? f.wide() : null;
    }

    private double floating(Val v) {
        if (v.isConst()) {
            Value c = v.constant();
            if (c instanceof Value.FloatV f) return f.value();
            if (c instanceof Value.IntV i) return i.value().doubleValue();
        }
        if (v.type() instanceof Type.Float f && f.bits() == 32) return FloatBits.fromBits(mem.load(v.addr(), 4), 32);
        if (v.type() instanceof Type.Float f && f.bits() == 16) return FloatBits.fromBits(mem.load(v.addr(), 2), 16);
        return Double.longBitsToDouble(mem.load(v.addr(), 8));
    }

    private long pointer(Val v) {
        if (v.isConst()) return v.constant() instanceof Value.NullV ? 0 : image.scalarBits(v.type(), v.constant());
        return mem.load(v.addr(), 8);
    }

    /** {ptr, len} of a slice. */
    private long[] slice(Val v) {
        if (v.isConst()) {
            Value c = v.constant();
            if (c instanceof Value.StringV s) return new long[] {image.stringAddress(s.bytes()), s.bytes().length};
            throw new IllegalStateException("comptime slice " + c);
        }
        return new long[] {mem.load(v.addr(), 8), mem.load(v.addr() + 8, 8)};
    }

    /**
     * The bytes of a {@code {s}} slice. For an unbuffered stream (std.debug.print, a File's writer)
     * Zig hands them to the write system call, which answers EFAULT for memory the program cannot
     * read (a freed page, a 0xaa... slice): posix.write's {@code .FAULT => unreachable}, after the
     * text before it went out. With a width, formatBuf first counts the code points in the program
     * itself, so there the fault is the program's own.
     */
    private byte[] stringBytes(long ptr, long len, Options o, ByteArrayOutputStream out) {
        if (direct == null || o.width() >= 0) return bytes(ptr, len);
        try {
            return bytes(ptr, len);
        } catch (org.heaplab.memory.MemoryFault f) {
            if (out instanceof FormatBuffer fb) fb.flushNow();
            throw new ZigPanic("reached unreachable code");
        }
    }

    private byte[] bytes(long ptr, long len) {
        return vm != null ? vm.readBytes(ptr, len) : mem.readBytes(ptr, (int) len);
    }

    // ------------------------------------------------------------------ formatType

    private void formatType(Val v, String fmt, Options o, ByteArrayOutputStream out, int depth) {
        Type t = v.type();
        String actual = FormatSpec.resolve(fmt, t);
        if (actual.equals("*")) {
            formatAddress(v, o, out);
            return;
        }
        if (callFormatMethod(v, actual, o, out)) return;
        switch (t) {
            case Type.Int i -> formatInt(v, actual, o, out, i.bits());
            case Type.ComptimeInt c -> formatInt(v, actual, o, out, Math.max(1, bigInteger(v).bitLength() + 1));
            case Type.Float f -> formatFloat(floating(v), f.bits(), null, actual, o, out);
            case Type.ComptimeFloat f -> formatFloat(floating(v), 64, wide(v), actual, o, out);
            case Type.Void x -> pad(b("void"), o, out);
            case Type.Bool x -> pad(b(integer(v) != 0 ? "true" : "false"), o, out);
            case Type.Optional opt -> {
                Val payload = optionalPayload(v, opt);
                if (payload == null) pad(b("null"), o, out);
                else formatType(payload, FormatSpec.payload(actual), o, out, depth);
            }
            case Type.ErrorUnion eu -> {
                long[] lay = Layout.errorUnionLayout(eu);
                long code;
                Val payload;
                if (v.isConst()) {
                    if (v.constant() instanceof Value.ErrorV ev) {
                        code = image.errorCode(ev.name());
                        payload = null;
                    } else {
                        code = 0;
                        payload = Val.of(eu.payload(), v.constant());
                    }
                } else {
                    code = Layout.isScalar(eu) ? mem.load(v.addr(), 2) : mem.load(v.addr() + lay[1], 2);
                    payload = Val.at(eu.payload(), v.addr() + lay[0]);
                }
                if (code != 0) formatType(errorVal(code), "", o, out, depth);
                else formatType(payload, FormatSpec.payload(actual), o, out, depth);
            }
            case ErrorSetType e -> {
                String name = v.isConst() && v.constant() instanceof Value.ErrorV ev ? ev.name() : image.errorName(mem.load(v.addr(), 2));
                out.writeBytes(b("error." + name));
            }
            case EnumType e -> formatEnum(v, e, actual, o, out, depth);
            case UnionType u -> formatUnion(v, u, o, out, depth);
            case StructType s -> formatStruct(v, s, o, out, depth);
            case Type.Pointer p -> formatPointer(v, p, actual, o, out, depth);
            case Type.Array a -> formatArray(v, a, actual, o, out, depth);
            case Type.Vector vt -> formatVector(v, vt, actual, o, out, depth);
            case Type.TypeType tt -> pad(b(((Value.TypeV) v.constant()).type().name()), o, out);
            case Type.EnumLiteral el -> pad(b("." + ((Value.EnumLitV) v.constant()).name()), o, out);
            case Type.Null n -> pad(b("null"), o, out);
            default -> out.writeBytes(b("(" + t.name() + ")"));
        }
    }

    private Val errorVal(long code) {
        return Val.of(ErrorSetType.ANYERROR, new Value.ErrorV(image.errorName(code)));
    }

    private Val optionalPayload(Val v, Type.Optional opt) {
        if (v.isConst()) {
            if (v.constant() instanceof Value.NullV) return null;
            return Val.of(opt.child(), ((Value.OptionalV) v.constant()).payload());
        }
        if (Layout.isPointerLike(opt.child())) {
            return mem.load(v.addr(), 8) == 0 ? null : Val.at(opt.child(), v.addr());
        }
        return mem.load(v.addr() + Layout.optionalFlagOffset(opt), 1) == 0 ? null : Val.at(opt.child(), v.addr());
    }



    private static byte[] b(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private void formatAddress(Val v, Options o, ByteArrayOutputStream out) {
        Type t = v.type();
        Type child = t instanceof Type.Pointer p ? p.child() : ((Type.Pointer) ((Type.Optional) t).child()).child();
        long addr = t instanceof Type.Pointer p && p.isSlice() ? slice(v)[0] : pointer(v);
        out.writeBytes(b(child.name() + "@" + Long.toHexString(addr)));
    }

    private void formatEnum(Val v, EnumType e, String fmt, Options o, ByteArrayOutputStream out, int depth) {
        long tag = integer(v);
        int i = e.indexOfValue(BigInteger.valueOf(tag));
        out.writeBytes(b(e.name()));
        if (i >= 0) {
            out.writeBytes(b("." + e.fieldName(i)));
        } else {
            out.writeBytes(b("("));
            formatInt(Val.of(e.tagType(), Value.IntV.of(tag)), fmt, o, out, e.tagType().bits());
            out.writeBytes(b(")"));
        }
    }

    private void formatUnion(Val v, UnionType u, Options o, ByteArrayOutputStream out, int depth) {
        out.writeBytes(b(u.name()));
        if (depth == 0) {
            out.writeBytes(b("{ ... }"));
            return;
        }
        if (u.tag() == null) {
            out.writeBytes(b("@" + Long.toHexString(v.addr())));
            return;
        }
        int field;
        Val payload;
        if (v.isConst()) {
            Value.UnionV uv = (Value.UnionV) v.constant();
            field = uv.fieldIndex();
            payload = Val.of(u.fields().get(field).type(), uv.payload());
        } else {
            long tag = mem.load(v.addr() + u.tagOffset(), (int) Math.max(1, Layout.sizeOf(u.tag().tagType())));
            field = u.tag().indexOfValue(BigInteger.valueOf(tag));
            if (field < 0) field = 0;
            payload = Val.at(u.fields().get(field).type(), v.addr());
        }
        out.writeBytes(b("{ ." + u.fields().get(field).name() + " = "));
        formatType(payload, "any", o, out, depth - 1);
        out.writeBytes(b(" }"));
    }

    private Val field(Val v, StructType s, int i) {
        StructType.Field f = s.fields().get(i);
        if (f.isComptime()) return Val.of(f.type(), f.defaultValue());
        if (v.isConst()) return Val.of(f.type(), ((Value.AggregateV) v.constant()).elements().get(i));
        if (s.isPacked()) {
            // a bit field: its value cut from the backing integer
            long bits = mem.load(v.addr(), (int) Math.max(1, Layout.sizeOf(s)));
            BigInteger all = new BigInteger(Long.toUnsignedString(bits));
            return Val.of(f.type(), Packed.value(f.type(), all.shiftRight((int) s.bitOffsetOf(i))));
        }
        return Val.at(f.type(), v.addr() + s.offsetOf(i));
    }

    /** {@code main.Point{ .x = 1, .y = 2 }}; a tuple has no name and no field labels: {@code { 1, 2 }}. */
    private void formatStruct(Val v, StructType s, Options o, ByteArrayOutputStream out, int depth) {
        boolean tuple = s.isTuple();
        if (!tuple) out.writeBytes(b(s.name()));
        if (depth == 0) {
            out.writeBytes(b("{ ... }"));
            return;
        }
        out.writeBytes(b("{"));
        for (int i = 0; i < s.fields().size(); i++) {
            out.writeBytes(b(i == 0 ? " " : ", "));
            if (!tuple) out.writeBytes(b("." + s.fields().get(i).name() + " = "));
            formatType(field(v, s, i), "any", o, out, depth - 1);
        }
        out.writeBytes(b(" }"));
    }

    private void formatPointer(Val v, Type.Pointer p, String fmt, Options o, ByteArrayOutputStream out, int depth) {
        switch (p.size()) {
            case ONE -> {
                if (p.child() instanceof Type.Array || p.child() instanceof EnumType || p.child() instanceof UnionType
                        || p.child() instanceof StructType) {
                    if (v.isConst() && v.constant() instanceof Value.StringV s) {
                        formatType(Val.of(p.child(), s), fmt, o, out, depth);
                    } else if (v.isConst() && v.constant() instanceof Value.RefV r) {
                        formatType(Val.of(p.child(), r.target()), fmt, o, out, depth);
                    } else {
                        formatType(Val.at(p.child(), pointer(v)), fmt, o, out, depth);
                    }
                    return;
                }
                out.writeBytes(b(p.child().name() + "@" + Long.toHexString(pointer(v))));
            }
            case MANY, C -> {
                long ptr = pointer(v);
                if (p.sentinel() != null) {
                    long n = 0;
                    long es = Layout.sizeOf(p.child());
                    while (mem.load(ptr + n * es, (int) es) != 0) {
                        // a scan for the sentinel through a long run of memory counts as work, so it stops on time
                        if ((++n & 0xFFF) == 0 && vm != null) vm.work(0x1000 * es);
                    }
                    formatSliceLike(ptr, n, p.child(), fmt, o, out, depth);
                    return;
                }
                pad(bytes(ptr, 0), o, out);
            }
            case SLICE -> {
                if (depth == 0) {
                    out.writeBytes(b("{ ... }"));
                    return;
                }
                if (v.isConst() && v.constant() instanceof Value.StringV s) {
                    if (fmt.startsWith("s") && isU8(p.child())) pad(s.bytes(), o, out);
                    else formatConstElements(s.bytes(), fmt, o, out, depth);
                    return;
                }
                if (v.isConst() && v.constant() instanceof Value.RefV r) {
                    formatArray(Val.of(r.targetType(), r.target()), (Type.Array) r.targetType(), fmt, o, out, depth);
                    return;
                }
                if (v.isConst() && v.constant() instanceof Value.AggregateV a) {
                    Type.Array at = new Type.Array(a.elements().size(), p.child());
                    formatArray(Val.of(at, a), at, fmt, o, out, depth);
                    return;
                }
                long[] sl = slice(v);
                formatSliceLike(sl[0], sl[1], p.child(), fmt, o, out, depth);
            }
        }
    }

    private void formatConstElements(byte[] bytes, String fmt, Options o, ByteArrayOutputStream out, int depth) {
        out.writeBytes(b("{ "));
        for (int i = 0; i < bytes.length; i++) {
            formatInt(Val.of(new Type.Int(8, false), Value.IntV.of(bytes[i] & 0xFF)), fmt, o, out, 8);
            if (i != bytes.length - 1) out.writeBytes(b(", "));
        }
        out.writeBytes(b(" }"));
    }

    private void formatSliceLike(long ptr, long len, Type elem, String fmt, Options o, ByteArrayOutputStream out, int depth) {
        if (fmt.startsWith("s") && isU8(elem)) {
            pad(stringBytes(ptr, len, o, out), o, out);
            return;
        }
        long es = Layout.sizeOf(elem);
        out.writeBytes(b("{ "));
        for (long i = 0; i < len; i++) {
            formatType(Val.at(elem, ptr + i * es), fmt, o, out, depth - 1);
            if (i != len - 1) out.writeBytes(b(", "));
        }
        out.writeBytes(b(" }"));
    }

    private void formatArray(Val v, Type.Array a, String fmt, Options o, ByteArrayOutputStream out, int depth) {
        if (depth == 0) {
            out.writeBytes(b("{ ... }"));
            return;
        }
        if (v.isConst()) {
            Value c = v.constant();
            if (c instanceof Value.StringV s) {
                if (fmt.startsWith("s") && isU8(a.child())) pad(s.bytes(), o, out);
                else formatConstElements(s.bytes(), fmt, o, out, depth);
                return;
            }
            List<Value> els = ((Value.AggregateV) c).elements();
            if (fmt.startsWith("s") && isU8(a.child())) {
                byte[] bs = new byte[els.size()];
                for (int i = 0; i < bs.length; i++) bs[i] = (byte) ((Value.IntV) els.get(i)).value().intValue();
                pad(bs, o, out);
                return;
            }
            out.writeBytes(b("{ "));
            for (int i = 0; i < els.size(); i++) {
                formatType(Val.of(a.child(), els.get(i)), fmt, o, out, depth - 1);
                if (i < els.size() - 1) out.writeBytes(b(", "));
            }
            out.writeBytes(b(" }"));
            return;
        }
        formatSliceLike(v.addr(), a.length(), a.child(), fmt, o, out, depth);
    }

    /** std.fmt's vector case: {@code { a, b, c }}, each element formatted with the vector's specifier. */
    private void formatVector(Val v, Type.Vector vt, String fmt, Options o, ByteArrayOutputStream out, int depth) {
        out.writeBytes(b("{ "));
        for (int i = 0; i < vt.length(); i++) {
            formatType(vectorElement(v, vt, i), fmt, o, out, Math.max(0, depth - 1));
            if (i < vt.length() - 1) out.writeBytes(b(", "));
        }
        out.writeBytes(b(" }"));
    }

    /**
     * Element i of a vector at an address or constant: {address, null} for an element in memory
     * of its own, {0, value} for a constant's or a bit-packed vector's.
     */
    Object[] vectorElement(Type.Vector vt, long addr, Value constant, int i) {
        Val e = vectorElement(constant != null ? Val.of(vt, constant) : Val.at(vt, addr), vt, i);
        return new Object[] {e.addr(), e.constant()};
    }

    /** Zig's {@code {}} rendering of a value at an address or a constant. */
    String render(Type t, long addr, Value constant, String spec) {
        var out = buffer();
        formatType(constant != null ? Val.of(t, constant) : Val.at(t, addr), spec, Options.NONE, out, 3);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Element i of a vector value: a constant's, an array-like vector's in memory, or a bit-packed one's bits. */
    private Val vectorElement(Val v, Type.Vector vt, int i) {
        if (v.isConst()) {
            Value c = v.constant();
            return Val.of(vt.child(), c instanceof Value.AggregateV a ? a.elements().get(i) : c);
        }
        if (!Layout.isBitPackedVector(vt)) return Val.at(vt.child(), v.addr() + i * Layout.sizeOf(vt.child()));
        long bits = org.heaplab.lang.types.Packed.bitSize(vt.child());
        BigInteger all = BigInteger.ZERO;
        for (long k = Layout.vectorSize(vt) - 1; k >= 0; k--) all = all.shiftLeft(8).or(BigInteger.valueOf(mem.load(v.addr() + k, 1) & 0xFF));
        return Val.of(vt.child(), org.heaplab.lang.types.Packed.value(vt.child(), all.shiftRight((int) (i * bits))));
    }

    private static boolean isU8(Type t) { return t instanceof Type.Int i && i.bits() == 8 && !i.signed(); }

    /** Zig's {@code if (std.meta.hasMethod(T, "format")) return value.format(actual_fmt, options, writer)}. */
    private boolean callFormatMethod(Val v, String actual, Options o, ByteArrayOutputStream out) {
        Type t = v.type();
        boolean viaPointer = t instanceof Type.Pointer p && p.size() == Type.PtrSize.ONE;
        Type c = viaPointer ? ((Type.Pointer) t).child() : t;
        if (!(c instanceof StructType || c instanceof UnionType || c instanceof EnumType)) return false;
        Map<String, Ir.Function> byFmt = methods.get(c);
        Ir.Function m = byFmt == null ? null : byFmt.get(actual);
        if (m == null) return false;
        long addr = viaPointer ? pointer(v) : v.isConst() ? 0 : v.addr();
        Value constant = viaPointer || !v.isConst() ? null : v.constant();
        var write = direct;
        if (write != null && out.size() > 0) {
            write.accept(out.toByteArray());
            out.reset();
        }
        direct = null; // a format nested in the method's own printing is buffered as usual
        try {
            out.writeBytes(methodCalls.call(m, addr, t, constant, o.fill(), o.alignment(), (int) Math.min(o.width(), Integer.MAX_VALUE), o.precision(), write));
        } finally {
            direct = write;
        }
        return true;
    }

    // ------------------------------------------------------------------ numbers

    private void formatInt(Val v, String fmt, Options o, ByteArrayOutputStream out, int bits) {
        BigInteger value = bigInteger(v);
        switch (fmt) {
            case "c" -> {
                pad(new byte[] {(byte) value.intValue()}, o, out);
                return;
            }
            case "u" -> {
                pad(b(new String(Character.toChars(value.intValue()))), o, out);
                return;
            }
            default -> { }
        }
        int base = switch (fmt) {
            case "b" -> 2;
            case "o" -> 8;
            case "x", "X" -> 16;
            default -> 10;
        };
        String digits = value.abs().toString(base);
        if (fmt.equals("X")) digits = digits.toUpperCase();
        boolean signed = v.type() instanceof Type.Int it ? it.signed() : value.signum() < 0;
        // Zig's formatInt: a signed integer printed with a width shows its sign, '+' included
        String sign = value.signum() < 0 ? "-" : signed && o.width() > 0 ? "+" : "";
        pad(b(sign + digits), o, out);
    }

    /** {@code wide}: a comptime_float's f128 value when known, printed at f128 as Zig does (else null). */
    private void formatFloat(double d, int bits, F128 wide, String fmt, Options o, ByteArrayOutputStream out) {
        String s = switch (fmt) {
            case "d" -> FloatFormat.decimal(d, bits, wide, o.precision());
            case "x" -> FloatFormat.hexadecimal(d, bits, o.precision());
            default -> FloatFormat.scientific(d, bits, wide, o.precision());
        };
        pad(b(s), o, out);
    }

    /** Zig's {@code {e}} of a float (kept for callers outside formatting). */
    static String floatScientific(double d, int bits, int precision) { return FloatFormat.scientific(d, bits, precision); }

    // ------------------------------------------------------------------ padding

    /** Zig's formatBuf: pads to the width (in code points) with the fill, left, centre or right. */
    private static void pad(byte[] text, Options o, ByteArrayOutputStream out) {
        if (o.width() < 0) {
            out.writeBytes(text);
            return;
        }
        String s = new String(text, StandardCharsets.UTF_8);
        long padding = Math.max(0, o.width() - s.codePointCount(0, s.length()));
        if (padding == 0) {
            out.writeBytes(text);
            return;
        }
        byte[] fill = new String(Character.toChars(o.fill())).getBytes(StandardCharsets.UTF_8);
        switch (o.alignment()) {
            case '<' -> {
                out.writeBytes(text);
                fill(out, fill, padding);
            }
            case '^' -> {
                fill(out, fill, padding / 2);
                out.writeBytes(text);
                fill(out, fill, (padding + 1) / 2);
            }
            default -> {
                fill(out, fill, padding);
                out.writeBytes(text);
            }
        }
    }

    /** Writes {@code count} fill characters a chunk at a time (a width may be a billion: the buffer streams or stops it). */
    private static void fill(ByteArrayOutputStream out, byte[] fill, long count) {
        if (count <= 0) return;
        int per = (int) Math.min(count, 4096);
        byte[] chunk = new byte[per * fill.length];
        for (int i = 0; i < per; i++) System.arraycopy(fill, 0, chunk, i * fill.length, fill.length);
        for (long left = count; left > 0; ) {
            int n = (int) Math.min(left, per);
            out.write(chunk, 0, n * fill.length);
            left -= n;
        }
    }
}
