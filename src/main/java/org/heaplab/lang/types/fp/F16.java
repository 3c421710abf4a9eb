package org.heaplab.lang.types.fp;

/** IEEE binary16 (Zig's f16): rounding a value to it and its bit patterns. */
public final class F16 {
    private F16() {}

    /** {@code v} rounded to the nearest f16 (ties to even), as a float. */
    public static float round(float v) {
        return Float.float16ToFloat(Float.floatToFloat16(v));
    }

    /** {@code v} (a double) rounded to the nearest f16 in one rounding. */
    public static double round(double v) {
        return Float.float16ToFloat(fromDouble(v));
    }

    /** The f16 bits of {@code v} rounded to the nearest f16 in one rounding (not through f32's). */
    public static short fromDouble(double v) {
        float f = (float) v;
        // round to odd at f32 precision, which then rounds to f16 as v itself would (24 >= 11 + 2 bits)
        if (!Double.isNaN(v) && (double) f != v && !Float.isInfinite(f) && (Float.floatToRawIntBits(f) & 1) == 0) {
            f = (double) f < v ? Math.nextUp(f) : Math.nextDown(f);
        }
        return Float.floatToFloat16(f);
    }

    /** The value of the f16 bit pattern {@code bits}. */
    public static double toDouble(int bits) {
        return Float.float16ToFloat((short) bits);
    }
}
