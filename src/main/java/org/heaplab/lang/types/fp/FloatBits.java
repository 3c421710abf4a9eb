package org.heaplab.lang.types.fp;

/**
 * The bit patterns of Zig's f16, f32 and f64, with the values Heap Lab carries them as (a Java
 * double). NaN payloads, the signalling bit included, move bit by bit: Java's float/double
 * conversions would set the quiet bit (Zig keeps std.math.snan(f32) signalling).
 */
public final class FloatBits {
    private FloatBits() {}

    /** The value of the IEEE bits {@code raw} of a float of {@code bits} bits (16, 32 or 64). */
    public static double fromBits(long raw, int bits) {
        switch (bits) {
            case 16 -> {
                int b = (int) raw & 0xFFFF;
                if ((b & 0x7C00) == 0x7C00 && (b & 0x3FF) != 0) return nan(b >>> 15, b & 0x3FF, 10);
                return Float.float16ToFloat((short) b);
            }
            case 32 -> {
                int b = (int) raw;
                if ((b & 0x7F800000) == 0x7F800000 && (b & 0x7FFFFF) != 0) return nan(b >>> 31, b & 0x7FFFFF, 23);
                return Float.intBitsToFloat(b);
            }
            default -> {
                return Double.longBitsToDouble(raw);
            }
        }
    }

    /** The IEEE bits (zero-extended) of {@code d}, a value of the float type of {@code bits} bits. */
    public static long toBits(double d, int bits) {
        long raw = Double.doubleToRawLongBits(d);
        boolean nan = Double.isNaN(d);
        long sign = raw >>> 63;
        long frac = raw & 0xFFFFFFFFFFFFFL;
        return switch (bits) {
            case 16 -> nan ? sign << 15 | 0x7C00 | frac >>> 42 : Float.floatToFloat16((float) d) & 0xFFFFL;
            case 32 -> nan ? sign << 31 | 0x7F800000L | frac >>> 29 : Float.floatToRawIntBits((float) d) & 0xFFFFFFFFL;
            default -> raw;
        };
    }

    private static double nan(int sign, long payload, int fracBits) {
        return Double.longBitsToDouble((long) sign << 63 | 0x7FF0000000000000L | payload << (52 - fracBits));
    }
}
