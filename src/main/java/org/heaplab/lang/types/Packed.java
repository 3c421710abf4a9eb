package org.heaplab.lang.types;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Packed structs as Zig lays them out: the fields are bit fields of one backing integer (the
 * first field in the lowest bits), and the struct is that integer in memory, with its size and
 * alignment. These are the bit sizes and the conversions between a comptime struct value and
 * the integer that holds it.
 */
public final class Packed {
    private Packed() {}

    /** {@code @bitSizeOf}: integers their width, bools 1, enums their tag's, packed structs their backing integer's. */
    public static long bitSize(Type t) {
        return switch (t) {
            case Type.Int i -> i.bits();
            case Type.Float f -> f.bits();
            case Type.Bool b -> 1;
            case EnumType e -> e.tagType() == null ? 0 : e.tagType().bits();
            case StructType s when s.isPacked() -> s.backing().bits();
            case Type.Pointer p when !p.isSlice() -> Layout.POINTER_SIZE * 8;
            case Type.Vector v -> bitSize(v.child()) * v.length();
            default -> Layout.sizeOf(t) * 8;
        };
    }

    public static boolean isPacked(Type t) { return t instanceof StructType s && s.isPacked(); }

    /** The bits of a comptime value of a type that can be a packed struct's field (or the struct itself). */
    public static BigInteger bits(Type t, Value v) {
        BigInteger mask = BigInteger.ONE.shiftLeft((int) bitSize(t)).subtract(BigInteger.ONE);
        return switch (v) {
            case Value.IntV i -> i.value().and(mask);
            case Value.BoolV b -> b.value() ? BigInteger.ONE : BigInteger.ZERO;
            case Value.EnumV e -> e.type().fieldValue(e.index()).and(mask);
            case Value.UndefV u -> BigInteger.ZERO;
            case Value.AggregateV a when isPacked(t) -> {
                StructType st = (StructType) t;
                BigInteger out = BigInteger.ZERO;
                for (int i = 0; i < st.fields().size(); i++) {
                    out = out.or(bits(st.fields().get(i).type(), a.elements().get(i)).shiftLeft((int) st.bitOffsetOf(i)));
                }
                yield out;
            }
            default -> throw new IllegalStateException("no packed bits for " + v + " of " + t.name());
        };
    }

    /** The comptime value of type {@code t} held in the low bits of {@code bits}. */
    public static Value value(Type t, BigInteger bits) {
        int n = (int) bitSize(t);
        BigInteger u = bits.and(BigInteger.ONE.shiftLeft(n).subtract(BigInteger.ONE));
        return switch (t) {
            case Type.Int i -> new Value.IntV(i.signed() && n > 0 && u.testBit(n - 1) ? u.subtract(BigInteger.ONE.shiftLeft(n)) : u);
            case Type.Bool b -> new Value.BoolV(u.signum() != 0);
            case EnumType e -> {
                BigInteger tag = ((Value.IntV) value(e.tagType(), u)).value();
                int idx = e.indexOfValue(tag);
                yield idx >= 0 ? new Value.EnumV(e, idx) : new Value.IntV(tag);
            }
            case StructType st when st.isPacked() -> {
                List<Value> els = new ArrayList<>();
                for (int i = 0; i < st.fields().size(); i++) {
                    els.add(value(st.fields().get(i).type(), u.shiftRight((int) st.bitOffsetOf(i))));
                }
                yield new Value.AggregateV(st, els);
            }
            default -> throw new IllegalStateException("no packed value of " + t.name());
        };
    }
}
