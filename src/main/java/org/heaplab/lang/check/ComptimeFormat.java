package org.heaplab.lang.check;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.heaplab.lang.ir.FormatSpec;
import org.heaplab.lang.types.ComptimeCell;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;

/**
 * std.fmt's {@code count} and {@code bufPrint} run at compile time (they are natives at run time),
 * so that {@code std.fmt.comptimePrint} works: integers, booleans and strings, with Zig's
 * specifiers, width, fill and alignment. Other values are left to run time (null).
 */
final class ComptimeFormat {
    private ComptimeFormat() {}

    /** The text {@code fmt} makes of the tuple {@code args}, or null when a value is not one formatted here. */
    static byte[] format(Value fmt, Value args, Type argsType) {
        if (!(args instanceof Value.AggregateV av) || !(argsType instanceof StructType st)) return null;
        byte[] f = bytes(fmt);
        if (f == null) return null;
        FormatSpec spec;
        try {
            spec = FormatSpec.parse(f, st.fields().size(), st.fields().stream().map(StructType.Field::name).toList());
        } catch (FormatSpec.FormatError e) {
            return null;
        }
        var out = new ByteArrayOutputStream();
        for (FormatSpec.Piece p : spec.pieces()) {
            switch (p) {
                case FormatSpec.Literal l -> out.writeBytes(l.bytes());
                case FormatSpec.Placeholder ph -> {
                    Type t = st.fields().get(ph.arg()).type();
                    Value v = av.elements().get(ph.arg());
                    byte[] text = value(v, t, FormatSpec.resolve(ph.spec(), t), ph.width());
                    if (text == null) return null;
                    pad(text, ph, out);
                }
            }
        }
        return out.toByteArray();
    }

    private static byte[] value(Value v, Type t, String spec, int width) {
        if (v instanceof Value.IntV i && (t instanceof Type.Int || t instanceof Type.ComptimeInt)) {
            BigInteger n = i.value();
            if (spec.equals("c")) return new byte[] {(byte) n.intValue()};
            if (spec.equals("u")) return new String(Character.toChars(n.intValue())).getBytes(StandardCharsets.UTF_8);
            int base = switch (spec) {
                case "", "d", "any" -> 10;
                case "b" -> 2;
                case "o" -> 8;
                case "x", "X" -> 16;
                default -> -1;
            };
            if (base < 0) return null;
            String digits = n.abs().toString(base);
            if (spec.equals("X")) digits = digits.toUpperCase();
            // Zig's formatInt: a signed integer printed with a width shows its sign, '+' included
            boolean signed = t instanceof Type.Int it ? it.signed() : n.signum() < 0;
            String sign = n.signum() < 0 ? "-" : signed && width > 0 ? "+" : "";
            return (sign + digits).getBytes(StandardCharsets.UTF_8);
        }
        if (v instanceof Value.BoolV b && (spec.isEmpty() || spec.equals("any"))) return Boolean.toString(b.value()).getBytes(StandardCharsets.UTF_8);
        if (spec.equals("s")) return bytes(v);
        return null;
    }

    /** The bytes of a comptime string: a literal, or a pointer to an array of bytes. */
    static byte[] bytes(Value v) {
        if (v instanceof Value.CellPtrV p) v = p.cell().load(p.path());
        if (v instanceof Value.RefV r) v = r.target();
        if (v instanceof Value.StringV s) return s.bytes();
        if (v instanceof Value.AggregateV a) {
            byte[] out = new byte[a.elements().size()];
            for (int i = 0; i < out.length; i++) {
                if (!(a.elements().get(i) instanceof Value.IntV b)) return null;
                out[i] = (byte) b.value().intValue();
            }
            return out;
        }
        return null;
    }

    /** Zig's formatBuf: pads to the width (in code points) with the fill, left, centre or right. */
    private static void pad(byte[] text, FormatSpec.Placeholder ph, ByteArrayOutputStream out) {
        String s = new String(text, StandardCharsets.UTF_8);
        int padding = ph.width() < 0 ? 0 : Math.max(0, ph.width() - s.codePointCount(0, s.length()));
        byte[] fill = new String(Character.toChars(ph.fill())).getBytes(StandardCharsets.UTF_8);
        int before = switch (ph.alignment()) {
            case '<' -> 0;
            case '^' -> padding / 2;
            default -> padding;
        };
        for (int i = 0; i < before; i++) out.writeBytes(fill);
        out.writeBytes(text);
        for (int i = before; i < padding; i++) out.writeBytes(fill);
    }

    /** The bytes as the elements of a {@code [n]u8}. */
    static List<Value> elements(byte[] b) {
        List<Value> out = new java.util.ArrayList<>();
        for (byte x : b) out.add(Value.IntV.of(x & 0xFF));
        return out;
    }

    /** The array a {@code []u8} into a comptime variable points at, with {@code text} written at its start; null if it does not fit. */
    static Value written(Value.CellPtrV buf, byte[] text) {
        if (!(buf.pointee() instanceof Type.Array a) || text.length > a.length()) return null;
        List<Value> now = new java.util.ArrayList<>(ComptimeCell.elements(buf.cell().load(buf.path()), a));
        List<Value> bytes = elements(text);
        for (int i = 0; i < bytes.size(); i++) now.set(i, bytes.get(i));
        return new Value.AggregateV(a, now);
    }
}
