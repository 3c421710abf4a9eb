package org.heaplab.lang.types.fp;

/**
 * Zig's float builtins ({@code @sqrt}, {@code @sin}, ... {@code @trunc}, {@code @mulAdd}) with
 * Zig's exact results, for the checker's comptime folding and the VM alike. Values travel as
 * doubles; {@code bits} says which float type the operation is in (16, 32, 64; 128 stands for
 * comptime_float, which Heap Lab keeps as a double). The transcendental functions are
 * compiler-rt's (Trig, ExpLog); f16 ones compute in f32 and round, as compiler-rt's __sinh etc.
 * do. sqrt, fma and the roundings are exact operations, so Java's give Zig's bits.
 */
public final class FloatFns {
    private FloatFns() {}

    /** The unary builtins, by their Zig names. */
    public enum Fn {
        SQRT("sqrt"), SIN("sin"), COS("cos"), TAN("tan"), EXP("exp"), EXP2("exp2"), LOG("log"), LOG2("log2"),
        LOG10("log10"), FLOOR("floor"), CEIL("ceil"), ROUND("round"), TRUNC("trunc");

        public final String zigName;

        Fn(String zigName) {
            this.zigName = zigName;
        }

        /** The function named {@code name} (without '@'), or null. */
        public static Fn of(String name) {
            for (Fn f : values()) if (f.zigName.equals(name)) return f;
            return null;
        }
    }

    /** {@code fn(x)} in the float type of {@code bits} bits ({@code x} is a value of that type). */
    public static double apply(Fn fn, double x, int bits) {
        return switch (bits) {
            case 16 -> F16.round(applyF32(fn, (float) x));
            case 32 -> applyF32(fn, (float) x);
            default -> applyF64(fn, x);
        };
    }

    /**
     * {@code fn(x)} as Zig's compiler evaluates it at comptime: musl's routines for f16, f32 and
     * f64 (ComptimeLibm), compiler-rt's f64 ones for comptime_float (bits 128).
     */
    public static double applyComptime(Fn fn, double x, int bits) {
        if (bits == 128) return apply(fn, x, 64);
        if (bits != 64) return toType(ComptimeLibm.applyF32(fn, x, bits), bits);
        Double musl = ComptimeLibm.applyF64(fn, x);
        return musl != null ? musl : apply(fn, x, 64);
    }

    private static float applyF32(Fn fn, float x) {
        return switch (fn) {
            case SQRT -> (float) Math.sqrt(x);
            case SIN -> Trig.sinf(x);
            case COS -> Trig.cosf(x);
            case TAN -> Trig.tanf(x);
            case EXP -> ExpLog.expf(x);
            case EXP2 -> ExpLog.exp2f(x);
            case LOG -> ExpLog.logf(x);
            case LOG2 -> ExpLog.log2f(x);
            case LOG10 -> ExpLog.log10f(x);
            default -> (float) rounding(fn, x);
        };
    }

    private static double applyF64(Fn fn, double x) {
        return switch (fn) {
            case SQRT -> Math.sqrt(x);
            case SIN -> Trig.sin(x);
            case COS -> Trig.cos(x);
            case TAN -> Trig.tan(x);
            case EXP -> ExpLog.exp(x);
            case EXP2 -> ExpLog.exp2(x);
            case LOG -> ExpLog.log(x);
            case LOG2 -> ExpLog.log2(x);
            case LOG10 -> ExpLog.log10(x);
            default -> rounding(fn, x);
        };
    }

    /** floor, ceil, trunc and round (half away from zero), exact in any float type. */
    private static double rounding(Fn fn, double x) {
        return switch (fn) {
            case FLOOR -> Math.floor(x);
            case CEIL -> Math.ceil(x);
            case TRUNC -> trunc(x);
            default -> round(x);
        };
    }

    public static double trunc(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    private static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || Math.abs(x) >= 0x1p52) return x;
        double t = trunc(x);
        if (Math.abs(x - t) >= 0.5) t += Math.copySign(1.0, x);
        return t;
    }

    /** {@code @mulAdd(T, a, b, c)}: a * b + c with one rounding. */
    public static double mulAdd(double a, double b, double c, int bits) {
        return switch (bits) {
            case 16 -> F16.round((float) Math.fma(a, b, c)); // exact in double, so one rounding to f16 (via f32: exact too)
            case 32 -> Math.fma((float) a, (float) b, (float) c);
            default -> Math.fma(a, b, c);
        };
    }

    /**
     * {@code @mod} of floats as Zig computes it (LLVM backend and Sema alike): the remainder, and
     * for a negative dividend {@code (rem + b) rem b}, the sum rounded to the operands' type.
     */
    public static double mod(double a, double b, int bits) {
        double r = rem(a, b);
        if (!(a < 0)) return r;
        return rem(toType(r + b, bits), b);
    }

    /**
     * {@code @rem} of floats (fmod), with the NaNs Zig's code gives on x86-64: an infinite
     * dividend gives a NaN of its sign, a zero divisor the default NaN (-nan); NaN operands propagate.
     */
    public static double rem(double a, double b) {
        if (Double.isNaN(a)) return a; // x86 propagates the first NaN operand
        if (Double.isNaN(b)) return b;
        if (Double.isInfinite(a)) return Double.longBitsToDouble((a < 0 ? 0xFFF8000000000000L : 0x7FF8000000000000L));
        if (b == 0) return Double.longBitsToDouble(0xFFF8000000000000L);
        return a % b;
    }

    /** {@code v} rounded to the float type of {@code bits} bits (128: comptime_float, a double here). */
    public static double toType(double v, int bits) {
        if (Double.isNaN(v)) return bits == 16 || bits == 32 ? FloatBits.fromBits(FloatBits.toBits(v, bits), bits) : v;
        return switch (bits) {
            case 16 -> F16.round(v);
            case 32 -> (double) (float) v;
            default -> v;
        };
    }
}
