package org.heaplab.lang.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;

/**
 * {@code @bitCast} of a comptime-known value made of numbers (an integer, a float, an array of
 * them, a string's bytes): the value is laid out as little-endian bytes, as on Heap Lab's
 * target, and read back as the destination type. Anything else (pointers, structs, undefined
 * bytes) is left to run time: {@link #cast} returns null.
 */
final class ComptimeBitCast {
    private ComptimeBitCast() {}

    static Value cast(Value v, Type from, Type to) {
        long size = Layout.sizeOf(to);
        if (size != Layout.sizeOf(from) || size <= 0 || size > 4096) return null;
        byte[] out = new byte[(int) size];
        if (!write(v, from, out, 0)) return null;
        return read(to, out, 0);
    }

    private static boolean write(Value v, Type t, byte[] out, int at) {
        if (t instanceof Type.Int it && v instanceof Value.IntV iv) {
            BigInteger x = iv.value();
            int n = (int) Layout.sizeOf(it);
            for (int i = 0; i < n; i++) out[at + i] = x.shiftRight(8 * i).byteValue();
            return true;
        }
        if (t instanceof Type.Float ft && v instanceof Value.FloatV fv) {
            long bits = ft.bits() == 32 ? Float.floatToRawIntBits((float) fv.value()) & 0xFFFF_FFFFL
                    : ft.bits() == 64 ? Double.doubleToRawLongBits(fv.value()) : -1;
            if (ft.bits() != 32 && ft.bits() != 64) return false;
            for (int i = 0; i < ft.bits() / 8; i++) out[at + i] = (byte) (bits >>> (8 * i));
            return true;
        }
        if (t instanceof Type.Array at0 && numeric(at0.child())) {
            long es = Layout.sizeOf(at0.child());
            if (v instanceof Value.StringV sv && at0.child() instanceof Type.Int ci && ci.bits() == 8) {
                if (sv.bytes().length < at0.length()) return false;
                System.arraycopy(sv.bytes(), 0, out, at, (int) at0.length());
                return true;
            }
            if (v instanceof Value.AggregateV ag && ag.elements().size() >= at0.length()) {
                for (int i = 0; i < at0.length(); i++) {
                    if (!write(ag.elements().get(i), at0.child(), out, at + (int) (i * es))) return false;
                }
                return true;
            }
        }
        return false;
    }

    private static Value read(Type t, byte[] in, int at) {
        if (t instanceof Type.Int it) {
            int n = (int) Layout.sizeOf(it);
            byte[] be = new byte[n + 1];
            for (int i = 0; i < n; i++) be[n - i] = in[at + i];
            BigInteger x = new BigInteger(be);
            return new Value.IntV(TypeRules.wrap(x, it));
        }
        if (t instanceof Type.Float ft && (ft.bits() == 32 || ft.bits() == 64)) {
            long bits = 0;
            for (int i = 0; i < ft.bits() / 8; i++) bits |= (in[at + i] & 0xFFL) << (8 * i);
            return new Value.FloatV(ft.bits() == 32 ? (double) Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits));
        }
        if (t instanceof Type.Array at0 && numeric(at0.child()) && at0.sentinel() == null) {
            long es = Layout.sizeOf(at0.child());
            List<Value> elems = new ArrayList<>();
            for (int i = 0; i < at0.length(); i++) {
                Value e = read(at0.child(), in, at + (int) (i * es));
                if (e == null) return null;
                elems.add(e);
            }
            return new Value.AggregateV(at0, elems);
        }
        return null;
    }

    private static boolean numeric(Type t) {
        return t instanceof Type.Int it && it.bits() % 8 == 0 || t instanceof Type.Float f && (f.bits() == 32 || f.bits() == 64);
    }
}
