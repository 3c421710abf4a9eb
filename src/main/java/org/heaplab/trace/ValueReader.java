package org.heaplab.trace;

import java.nio.charset.StandardCharsets;
import org.heaplab.lang.types.EnumType;
import org.heaplab.lang.types.ErrorSetType;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.UnionType;
import org.heaplab.memory.AddressSpace;
import org.heaplab.memory.ByteState;
import org.heaplab.runtime.Image;

/**
 * Renders values for the stack pane: short, lab-style text ({@code .{ .x = 1, .y = 2 }},
 * {@code "hello"}, {@code 0x7f3a...}) read with {@link AddressSpace#peek}, so looking never
 * touches a page, changes a state or counts as a use after free. Undefined bytes show as
 * {@code undefined}, freed ones as {@code <freed>}, unmapped ones as {@code <unmapped>}.
 */
final class ValueReader {
    private static final int MAX_ITEMS = 8;
    private static final int MAX_STRING = 48;
    private static final int MAX_DEPTH = 3;

    private final AddressSpace mem;
    private final Image image;

    ValueReader(AddressSpace mem, Image image) {
        this.mem = mem;
        this.image = image;
    }

    /** A value held in memory at {@code addr}. */
    String at(Type t, long addr) {
        return at(t, addr, 0);
    }

    private String at(Type t, long addr, int depth) {
        long size = Layout.sizeOf(t);
        if (size > 0 && mem.peek(addr, 1) == null) return "<unmapped>";
        if (size > 0 && Layout.isScalar(t) && all(addr, Math.min(size, 8), ByteState.UNDEFINED)) return "undefined";
        if (size > 0 && Layout.isScalar(t) && all(addr, Math.min(size, 8), ByteState.FREED)) return "<freed>";
        return switch (t) {
            case Type.Pointer p when p.isSlice() -> slice(p, mem.peekValue(addr, 8, 0), mem.peekValue(addr + 8, 8, 0));
            case Type.Optional o when !Layout.isPointerLike(o.child()) -> {
                long flag = mem.peekValue(addr + Layout.optionalFlagOffset(o), 1, 0);
                yield flag == 0 ? "null" : at(o.child(), addr, depth);
            }
            case Type.Optional o -> {
                if (o.child() instanceof Type.Pointer p && p.isSlice()) {
                    long ptr = mem.peekValue(addr, 8, 0);
                    yield ptr == 0 ? "null" : slice(p, ptr, mem.peekValue(addr + 8, 8, 0));
                }
                yield bits(t, mem.peekValue(addr, (int) Math.min(8, size), 0));
            }
            case Type.ErrorUnion eu when !Layout.isScalar(eu) -> {
                long[] lay = Layout.errorUnionLayout(eu);
                long code = mem.peekValue(addr + lay[1], 2, 0);
                yield code != 0 ? "error." + image.errorName(code) : at(eu.payload(), addr + lay[0], depth);
            }
            case StructType s -> struct(s, addr, depth);
            case UnionType u -> union(u, addr, depth);
            case Type.Array a -> array(a, addr, depth);
            case Type.Vector v -> vector(v, addr, depth);
            default -> {
                if (!Layout.isScalar(t)) yield "(" + t.name() + ")";
                yield bits(t, mem.peekValue(addr, (int) Math.max(1, Math.min(8, size)), 0));
            }
        };
    }

    private boolean all(long addr, long size, ByteState state) {
        for (long i = 0; i < size; i++) {
            if (mem.state(addr + i) != state) return false;
        }
        return true;
    }

    /** A scalar value held in a register ({@code raw} is its bits). */
    String bits(Type t, long raw) {
        return switch (t) {
            case Type.Int i -> {
                if (i.bits() < 64 && i.signed()) {
                    int s = 64 - i.bits();
                    yield Long.toString((raw << s) >> s);
                }
                if (i.bits() < 64) yield Long.toString(raw & ((1L << i.bits()) - 1));
                yield i.signed() ? Long.toString(raw) : Long.toUnsignedString(raw);
            }
            case Type.Bool b -> (raw & 1) != 0 ? "true" : "false";
            case Type.Float f -> f.bits() == 32 ? Float.toString(Float.intBitsToFloat((int) raw))
                    : f.bits() == 16 ? Float.toString(Float.float16ToFloat((short) raw)) : Double.toString(Double.longBitsToDouble(raw));
            case Type.Void v -> "{}";
            case Type.Pointer p -> hex(raw);
            case Type.Optional o -> raw == 0 ? "null" : hex(raw);
            case ErrorSetType e -> "error." + image.errorName(raw & 0xFFFF);
            case Type.ErrorUnion eu -> (raw & 0xFFFF) != 0 ? "error." + image.errorName(raw & 0xFFFF) : "{}";
            case EnumType e -> {
                for (int i = 0; i < e.fields().size(); i++) {
                    if (e.fieldValue(i).longValue() == raw) yield "." + e.fieldName(i);
                }
                yield "@enumFromInt(" + raw + ")";
            }
            default -> "(" + t.name() + ")";
        };
    }

    static String hex(long v) { return "0x" + Long.toHexString(v); }

    private String slice(Type.Pointer p, long ptr, long len) {
        if (ptr == 0xaaaaaaaaaaaaaaaaL && len == 0xaaaaaaaaaaaaaaaaL) return "undefined";
        String head = "len " + Long.toUnsignedString(len) + " @ " + hex(ptr);
        if (Long.compareUnsigned(len, 1L << 20) > 0) return head;
        Type elem = p.child();
        if (elem instanceof Type.Int i && i.bits() == 8 && !i.signed()) {
            byte[] b = mem.peek(ptr, (int) Math.min(len, MAX_STRING));
            if (b == null) return head + " <unmapped>";
            if (b.length > 0 && all(ptr, b.length, ByteState.UNDEFINED)) return head + " undefined";
            if (b.length > 0 && all(ptr, b.length, ByteState.FREED)) return head + " <freed>";
            return head + " " + quote(b, len > MAX_STRING);
        }
        long es = Layout.sizeOf(elem);
        if (es == 0) return head;
        var sb = new StringBuilder(head).append(" { ");
        for (long i = 0; i < Math.min(len, MAX_ITEMS); i++) {
            if (i > 0) sb.append(", ");
            sb.append(at(elem, ptr + i * es, MAX_DEPTH - 1));
        }
        if (len > MAX_ITEMS) sb.append(", ...");
        return sb.append(" }").toString();
    }

    private String struct(StructType s, long addr, int depth) {
        if (!s.fieldsResolved()) return "(" + s.name() + ")";
        if (depth >= MAX_DEPTH) return ".{ ... }";
        var sb = new StringBuilder(".{ ");
        int shown = 0;
        for (int i = 0; i < s.fields().size(); i++) {
            StructType.Field f = s.fields().get(i);
            if (f.isComptime()) continue;
            if (shown++ > 0) sb.append(", ");
            if (shown > MAX_ITEMS) {
                sb.append("...");
                break;
            }
            sb.append('.').append(f.name()).append(" = ").append(at(f.type(), addr + s.offsetOf(i), depth + 1));
        }
        return sb.append(" }").toString();
    }

    /**
     * A union with a tag in memory (declared, or the hidden safety tag of a bare union) shows its
     * active field, {@code .{ .int = 42 }}; an extern or packed one only its name, since any
     * field may be meant.
     */
    private String union(UnionType u, long addr, int depth) {
        EnumType tag = u.storedTag();
        if (tag == null || !u.fieldsResolved()) return "(" + u.name() + ")";
        int tagSize = (int) Math.max(1, Layout.sizeOf(tag.tagType()));
        if (all(addr + u.tagOffset(), tagSize, ByteState.UNDEFINED)) return "undefined";
        long raw = mem.peekValue(addr + u.tagOffset(), tagSize, -1);
        int field = tag.indexOfValue(java.math.BigInteger.valueOf(raw));
        if (field < 0) return "(" + u.name() + ")";
        UnionType.Field f = u.fields().get(field);
        String payload = depth >= MAX_DEPTH ? "..." : Layout.sizeOf(f.type()) == 0 ? "{}" : at(f.type(), addr, depth + 1);
        return ".{ ." + f.name() + " = " + payload + " }";
    }

    private String array(Type.Array a, long addr, int depth) {
        Type elem = a.child();
        if (elem instanceof Type.Int i && i.bits() == 8 && !i.signed()) {
            byte[] b = mem.peek(addr, (int) Math.min(a.length(), MAX_STRING));
            if (b == null) return "<unmapped>";
            // bytes never written are not text: 0xaa shown as dots would look like data
            if (b.length > 0 && all(addr, b.length, ByteState.UNDEFINED)) return "undefined";
            if (b.length > 0 && all(addr, b.length, ByteState.FREED)) return "<freed>";
            return quote(b, a.length() > MAX_STRING);
        }
        long es = Layout.sizeOf(elem);
        var sb = new StringBuilder("{ ");
        for (long i = 0; i < Math.min(a.length(), MAX_ITEMS); i++) {
            if (i > 0) sb.append(", ");
            sb.append(depth >= MAX_DEPTH ? "..." : at(elem, addr + i * es, depth + 1));
        }
        if (a.length() > MAX_ITEMS) sb.append(", ...");
        return sb.append(" }").toString();
    }

    /** A vector, shown as std.fmt shows it: its elements, cut from their bit fields when it is bit-packed. */
    private String vector(Type.Vector v, long addr, int depth) {
        if (!Layout.isBitPackedVector(v)) {
            long es = Layout.sizeOf(v.child());
            var sb = new StringBuilder("{ ");
            for (long i = 0; i < Math.min(v.length(), MAX_ITEMS); i++) {
                if (i > 0) sb.append(", ");
                sb.append(depth >= MAX_DEPTH ? "..." : at(v.child(), addr + i * es, depth + 1));
            }
            if (v.length() > MAX_ITEMS) sb.append(", ...");
            return sb.append(" }").toString();
        }
        long size = Layout.sizeOf(v);
        if (all(addr, size, ByteState.UNDEFINED)) return "undefined";
        java.math.BigInteger word = java.math.BigInteger.ZERO;
        for (long k = size - 1; k >= 0; k--) word = word.shiftLeft(8).or(java.math.BigInteger.valueOf(mem.peekValue(addr + k, 1, 0) & 0xFF));
        int bits = (int) org.heaplab.lang.types.Packed.bitSize(v.child());
        var sb = new StringBuilder("{ ");
        for (int i = 0; i < Math.min(v.length(), MAX_ITEMS); i++) {
            if (i > 0) sb.append(", ");
            long raw = word.shiftRight(i * bits).longValue() & (bits >= 64 ? -1L : (1L << bits) - 1);
            if (v.child() instanceof Type.Int it && it.signed() && bits < 64) raw = raw << (64 - bits) >> (64 - bits);
            sb.append(bits(v.child(), raw));
        }
        if (v.length() > MAX_ITEMS) sb.append(", ...");
        return sb.append(" }").toString();
    }

    private static String quote(byte[] b, boolean more) {
        var sb = new StringBuilder("\"");
        String s = new String(b, StandardCharsets.UTF_8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '"' -> sb.append("\\\"");
                default -> sb.append(c < 32 || c == 0xFFFD ? '.' : c);
            }
        }
        if (more) sb.append("...");
        return sb.append('"').toString();
    }
}
