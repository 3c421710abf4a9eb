package org.heaplab.runtime;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    Formatter(Image image, AddressSpace mem) {
        this.image = image;
        this.mem = mem;
    }

    /** A value to format: where it lives, or what it is when known at compile time. */
    private record Val(Type type, long addr, Value constant) {
        static Val at(Type t, long addr) { return new Val(t, addr, null); }

        static Val of(Type t, Value v) { return new Val(t, 0, v); }

        boolean isConst() { return constant != null; }
    }

    private record Options(int fill, char alignment, int width, int precision) {
        static final Options NONE = new Options(' ', '>', -1, -1);
    }

    byte[] format(FormatSpec spec, Type argsType, long argsAddr) {
        var out = new ByteArrayOutputStream();
        StructType st = (StructType) argsType;
        for (FormatSpec.Piece p : spec.pieces()) {
            switch (p) {
                case FormatSpec.Literal l -> out.writeBytes(l.bytes());
                case FormatSpec.Placeholder ph -> {
                    StructType.Field f = st.fields().get(ph.arg());
                    Val v = f.isComptime() ? Val.of(f.type(), f.defaultValue()) : Val.at(f.type(), argsAddr + st.offsetOf(ph.arg()));
                    formatType(v, ph.spec(), new Options(ph.fill(), ph.alignment(), ph.width(), ph.precision()), out, 3);
                }
            }
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ JSON

    /**
     * How {@code std.json.stringify} writes values: {@code indent} is the spaces per level
     * (0 for minified output, -1 for a tab).
     */
    record JsonOptions(int indent, boolean emitNullOptionalFields, boolean emitStringsAsArrays, boolean escapeUnicode) {}

    /** A value as Zig's JSON writer writes it, and how deeply its containers nest. */
    record Json(byte[] text, int depth) {}

    Json json(Type t, long addr, JsonOptions options) {
        var out = new ByteArrayOutputStream();
        int depth = json(Val.at(t, addr), options, 0, out);
        return new Json(out.toByteArray(), depth);
    }

    private int json(Val v, JsonOptions o, int level, ByteArrayOutputStream out) {
        Type t = v.type();
        switch (t) {
            case Type.Bool b -> out.writeBytes(b(integer(v) != 0 ? "true" : "false"));
            case Type.Int i -> out.writeBytes(b(bigInteger(v).toString()));
            case Type.ComptimeInt i -> out.writeBytes(b(bigInteger(v).toString()));
            case Type.Float f -> out.writeBytes(b(floatScientific(floating(v), 64, -1)));
            case Type.ComptimeFloat f -> out.writeBytes(b(floatScientific(floating(v), 64, -1)));
            case Type.Null n -> out.writeBytes(b("null"));
            case Type.Void n -> out.writeBytes(b("{}"));
            case Type.Optional opt -> {
                Val p = optionalPayload(v, opt);
                if (p == null) out.writeBytes(b("null"));
                else return json(p, o, level, out);
            }
            case EnumType e -> {
                int i = e.indexOfValue(BigInteger.valueOf(integer(v)));
                jsonString(b(i >= 0 ? e.fieldName(i) : Long.toString(integer(v))), o, out);
            }
            case ErrorSetType e -> jsonString(b(errorName(v)), o, out);
            case Type.Pointer p when v.isConst() && v.constant() instanceof Value.StringV str && !o.emitStringsAsArrays() -> jsonString(str.bytes(), o, out);
            case Type.Pointer p when v.isConst() && v.constant() instanceof Value.RefV r -> {
                return json(Val.of(r.targetType(), r.target()), o, level, out);
            }
            case StructType s when isTuple(s) -> {
                List<Val> items = new ArrayList<>();
                for (int i = 0; i < s.fields().size(); i++) items.add(field(v, s, i));
                return jsonArray(items, o, level, out);
            }
            case StructType s -> {
                int depth = 1;
                out.write('{');
                int written = 0;
                for (int i = 0; i < s.fields().size(); i++) {
                    Val f = field(v, s, i);
                    if (!o.emitNullOptionalFields() && f.type() instanceof Type.Optional opt && optionalPayload(f, opt) == null) continue;
                    out.writeBytes(b(written++ == 0 ? "" : ","));
                    jsonIndent(o, level + 1, out);
                    jsonString(b(s.fields().get(i).name()), o, out);
                    out.write(':');
                    if (o.indent() != 0) out.write(' ');
                    depth = Math.max(depth, 1 + json(f, o, level + 1, out));
                }
                if (written > 0) jsonIndent(o, level, out);
                out.write('}');
                return depth;
            }
            case Type.Pointer p when p.size() == Type.PtrSize.ONE && !(p.child() instanceof Type.Array) -> {
                return json(Val.at(p.child(), pointer(v)), o, level, out);
            }
            case Type.Pointer p when p.isSlice() || p.size() == Type.PtrSize.ONE -> {
                Type elem = Layout.elementType(t);
                long[] ps = p.isSlice() ? slice(v) : new long[] {pointer(v), ((Type.Array) p.child()).length()};
                if (isU8(elem) && !o.emitStringsAsArrays()) {
                    jsonString(bytes(ps[0], ps[1]), o, out);
                } else {
                    long size = Layout.sizeOf(elem);
                    List<Val> items = new ArrayList<>();
                    for (long k = 0; k < ps[1]; k++) items.add(Val.at(elem, ps[0] + k * size));
                    return jsonArray(items, o, level, out);
                }
            }
            case Type.Array a -> {
                List<Val> items = new ArrayList<>();
                if (v.isConst() && v.constant() instanceof Value.AggregateV agg) {
                    for (Value e : agg.elements()) items.add(Val.of(a.child(), e));
                    if (isU8(a.child()) && !o.emitStringsAsArrays()) {
                        var text = new ByteArrayOutputStream();
                        for (Val item : items) text.write((int) integer(item));
                        jsonString(text.toByteArray(), o, out);
                        return 0;
                    }
                } else if (!v.isConst()) {
                    if (isU8(a.child()) && !o.emitStringsAsArrays()) {
                        jsonString(bytes(v.addr(), a.length()), o, out);
                        return 0;
                    }
                    long size = Layout.sizeOf(a.child());
                    for (long k = 0; k < a.length(); k++) items.add(Val.at(a.child(), v.addr() + k * size));
                }
                return jsonArray(items, o, level, out);
            }
            default -> throw new ZigPanic("Heap Lab's std.json cannot write a value of type " + t.name());
        }
        return 0;
    }

    /** A tuple, not an anonymous struct: its fields are numbered. */
    private static boolean isTuple(StructType s) {
        return s.isTuple() && !s.fields().isEmpty() && s.fields().get(0).name().equals("0");
    }

    private String errorName(Val v) {
        if (v.isConst() && v.constant() instanceof Value.ErrorV e) return e.name();
        return image.errorName(integer(v));
    }

    private int jsonArray(List<Val> items, JsonOptions o, int level, ByteArrayOutputStream out) {
        int depth = 1;
        out.write('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) out.write(',');
            jsonIndent(o, level + 1, out);
            depth = Math.max(depth, 1 + json(items.get(i), o, level + 1, out));
        }
        if (!items.isEmpty()) jsonIndent(o, level, out);
        out.write(']');
        return depth;
    }

    private static void jsonIndent(JsonOptions o, int level, ByteArrayOutputStream out) {
        if (o.indent() == 0) return;
        out.write('\n');
        if (o.indent() < 0) out.writeBytes(b("\t".repeat(level)));
        else out.writeBytes(b(" ".repeat(level * o.indent())));
    }

    /** A JSON string, escaped as Zig's encodeJsonString does. */
    private static void jsonString(byte[] s, JsonOptions o, ByteArrayOutputStream out) {
        out.write('"');
        for (int i = 0; i < s.length; i++) {
            int c = s[i] & 0xFF;
            switch (c) {
                case '\\' -> out.writeBytes(b("\\\\"));
                case '"' -> out.writeBytes(b("\\\""));
                case 0x08 -> out.writeBytes(b("\\b"));
                case 0x0C -> out.writeBytes(b("\\f"));
                case '\n' -> out.writeBytes(b("\\n"));
                case '\r' -> out.writeBytes(b("\\r"));
                case '\t' -> out.writeBytes(b("\\t"));
                default -> {
                    if (c < 0x20) out.writeBytes(b(String.format("\\u%04x", c)));
                    else if (c >= 0x80 && o.escapeUnicode()) {
                        // one code point per UTF-8 sequence, as \\uXXXX (surrogate pairs above the BMP)
                        int start = i;
                        int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                        String cp = new String(s, start, Math.min(len, s.length - start), StandardCharsets.UTF_8);
                        for (char ch : cp.toCharArray()) out.writeBytes(b(String.format("\\u%04x", (int) ch)));
                        i += len - 1;
                    } else out.write(c);
                }
            }
        }
        out.write('"');
    }

    /** Zig's {@code {any}} rendering of one value (used by testing's messages). */
    String render(Type t, long addr, String spec) {
        var out = new ByteArrayOutputStream();
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

    private byte[] bytes(long ptr, long len) {
        return mem.readBytes(ptr, (int) len);
    }

    // ------------------------------------------------------------------ formatType

    private void formatType(Val v, String fmt, Options o, ByteArrayOutputStream out, int depth) {
        Type t = v.type();
        String actual = FormatSpec.resolve(fmt, t);
        if (actual.equals("*")) {
            formatAddress(v, o, out);
            return;
        }
        switch (t) {
            case Type.Int i -> formatInt(v, actual, o, out, i.bits());
            case Type.ComptimeInt c -> formatInt(v, actual, o, out, Math.max(1, bigInteger(v).bitLength() + 1));
            case Type.Float f -> formatFloat(floating(v), f.bits(), actual, o, out);
            case Type.ComptimeFloat f -> formatFloat(floating(v), 64, actual, o, out);
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
                    while (mem.load(ptr + n * es, (int) es) != 0) n++;
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
            pad(bytes(ptr, len), o, out);
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

    private static boolean isU8(Type t) { return t instanceof Type.Int i && i.bits() == 8 && !i.signed(); }

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

    private void formatFloat(double d, int bits, String fmt, Options o, ByteArrayOutputStream out) {
        String s = switch (fmt) {
            case "d" -> floatDecimal(d, bits, o.precision());
            case "x" -> Double.toHexString(d);
            default -> floatScientific(d, bits, o.precision());
        };
        pad(b(s), o, out);
    }

    /** The shortest digits that round-trip (as Zig's Ryu gives them): {digits, exponent} with value = digits * 10^exponent. */
    private static Object[] shortest(double d, int bits) {
        String js = bits == 32 ? Float.toString((float) Math.abs(d)) : Double.toString(Math.abs(d));
        BigDecimal bd = bits == 16 ? shortestF16(Math.abs(d)) : new BigDecimal(js).stripTrailingZeros();
        if (bd.precision() == 2) bd = oneDigit(bd, Math.abs(d), bits);
        BigInteger unscaled = bd.unscaledValue();
        int exp = -bd.scale();
        if (unscaled.signum() == 0) exp = 0;
        return new Object[] {unscaled, exp};
    }

    /**
     * Java's toString gives two digits where one reads back as the same value but a two-digit
     * decimal is closer (subnormals: 4.9E-324); Ryu, Zig's, gives the shortest: of the one-digit
     * decimals next to {@code bd} that read back as {@code v}, the closer.
     */
    private static BigDecimal oneDigit(BigDecimal bd, double v, int bits) {
        BigDecimal best = null;
        BigDecimal exact = new BigDecimal(v);
        for (java.math.RoundingMode mode : new java.math.RoundingMode[] {java.math.RoundingMode.FLOOR, java.math.RoundingMode.CEILING}) {
            BigDecimal c = bd.round(new java.math.MathContext(1, mode));
            boolean same = bits == 16 ? F16.round(c.doubleValue()) == v : bits == 32 ? c.floatValue() == (float) v : c.doubleValue() == v;
            if (!same) continue;
            if (best == null || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0) best = c;
        }
        return best == null ? bd : best.stripTrailingZeros();
    }

    /** The shortest decimal that reads back as the f16 {@code v} (v >= 0, finite), the closest of those. */
    private static BigDecimal shortestF16(double v) {
        if (v == 0) return BigDecimal.ZERO;
        BigDecimal exact = new BigDecimal(v);
        for (int n = 1; n <= 6; n++) {
            BigDecimal best = null;
            for (java.math.RoundingMode mode : new java.math.RoundingMode[] {java.math.RoundingMode.FLOOR, java.math.RoundingMode.CEILING}) {
                BigDecimal c = exact.round(new java.math.MathContext(n, mode));
                if (F16.round(c.doubleValue()) != v) continue;
                if (best == null || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0) best = c;
            }
            if (best != null) return best.stripTrailingZeros();
        }
        return exact.stripTrailingZeros();
    }

    private static String special(double d) {
        if (Double.isNaN(d)) return Double.doubleToRawLongBits(d) < 0 ? "-nan" : "nan"; // Zig shows a NaN's sign
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        return null;
    }

    private static boolean negative(double d) { return d < 0 || (d == 0 && 1 / d < 0); }

    /** Zig's round() on the shortest digits: half up, at a digit counted from the left. */
    private static Object[] round(BigInteger mantissa, int exp, int roundDigit) {
        String digits = mantissa.toString();
        int olength = digits.length();
        if (roundDigit >= olength) return new Object[] {mantissa, exp};
        BigInteger output = mantissa;
        for (int i = roundDigit + 1; i < olength; i++) {
            output = output.divide(BigInteger.TEN);
            exp++;
        }
        if (output.mod(BigInteger.TEN).intValue() >= 5) {
            output = output.divide(BigInteger.TEN).add(BigInteger.ONE);
            exp++;
            if (isPowerOf10(output)) {
                output = output.divide(BigInteger.TEN);
                exp++;
            }
        }
        return new Object[] {output, exp};
    }

    private static boolean isPowerOf10(BigInteger n) {
        String s = n.toString();
        return s.charAt(0) == '1' && s.substring(1).chars().allMatch(c -> c == '0');
    }

    static String floatScientific(double d, int bits, int precision) {
        String sp = special(d);
        if (sp != null) return sp;
        Object[] sh = shortest(d, bits);
        BigInteger m = (BigInteger) sh[0];
        int e = (int) sh[1];
        if (precision >= 0) {
            Object[] r = round(m, e, 1 + precision);
            m = (BigInteger) r[0];
            e = (int) r[1];
        }
        String digits = m.toString();
        int olength = digits.length();
        var sb = new StringBuilder();
        if (negative(d)) sb.append('-');
        sb.append(digits.charAt(0));
        if (precision >= 0) {
            if (precision > 0) {
                sb.append('.');
                String frac = digits.substring(1);
                if (frac.length() >= precision) sb.append(frac, 0, precision);
                else sb.append(frac).append("0".repeat(precision - frac.length()));
            }
        } else if (olength > 1) {
            sb.append('.').append(digits, 1, olength);
        }
        int exp = e + olength - 1;
        sb.append('e').append(exp);
        return sb.toString();
    }

    static String floatDecimal(double d, int bits, int precision) {
        String sp = special(d);
        if (sp != null) return sp;
        Object[] sh = shortest(d, bits);
        BigInteger m = (BigInteger) sh[0];
        int e = (int) sh[1];
        if (precision >= 0) {
            int olength = m.toString().length();
            int roundDigit;
            if (e > 0) {
                roundDigit = (olength - 1) + precision + e;
            } else {
                int minExp = -e;
                roundDigit = precision + olength > minExp ? precision + olength - minExp : 0;
            }
            Object[] r = round(m, e, roundDigit);
            m = (BigInteger) r[0];
            e = (int) r[1];
        }
        String digits = m.toString();
        int olength = digits.length();
        var sb = new StringBuilder();
        if (negative(d)) sb.append('-');
        int dpOffset = e + olength;
        if (dpOffset <= 0) {
            sb.append("0.");
            var frac = new StringBuilder();
            frac.append("0".repeat(-dpOffset)).append(digits);
            if (precision >= 0) {
                if (frac.length() < precision) frac.append("0".repeat(precision - frac.length()));
                else frac.setLength(precision);
                if (precision == 0) {
                    sb.setLength(sb.length() - 1);
                    return sb.toString();
                }
            }
            sb.append(frac);
        } else if (dpOffset >= olength) {
            sb.append(digits).append("0".repeat(dpOffset - olength));
            if (precision > 0) sb.append('.').append("0".repeat(precision));
        } else {
            sb.append(digits, 0, dpOffset);
            String frac = digits.substring(dpOffset);
            if (precision >= 0) {
                if (frac.length() < precision) frac = frac + "0".repeat(precision - frac.length());
                else frac = frac.substring(0, precision);
                if (precision > 0) sb.append('.').append(frac);
            } else {
                sb.append('.').append(frac);
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ padding

    /** Zig's formatBuf: pads to the width (in code points) with the fill, left, centre or right. */
    private static void pad(byte[] text, Options o, ByteArrayOutputStream out) {
        if (o.width() < 0) {
            out.writeBytes(text);
            return;
        }
        int width = new String(text, StandardCharsets.UTF_8).codePointCount(0, new String(text, StandardCharsets.UTF_8).length());
        int padding = Math.max(0, o.width() - width);
        if (padding == 0) {
            out.writeBytes(text);
            return;
        }
        byte[] fill = new String(Character.toChars(o.fill())).getBytes(StandardCharsets.UTF_8);
        switch (o.alignment()) {
            case '<' -> {
                out.writeBytes(text);
                for (int i = 0; i < padding; i++) out.writeBytes(fill);
            }
            case '^' -> {
                for (int i = 0; i < padding / 2; i++) out.writeBytes(fill);
                out.writeBytes(text);
                for (int i = 0; i < (padding + 1) / 2; i++) out.writeBytes(fill);
            }
            default -> {
                for (int i = 0; i < padding; i++) out.writeBytes(fill);
                out.writeBytes(text);
            }
        }
    }
}
