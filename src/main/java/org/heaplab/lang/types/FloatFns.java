package org.heaplab.lang.types;

/**
 * The one-operand float builtins ({@code @sqrt}, {@code @exp}, {@code @log}, ...), shared by the
 * checker (which folds them on comptime-known operands) and the VM (FMATH), so a value computed
 * at compile time and the same value computed at run time agree. An operand's float width is
 * given as {@code bits}; f32 results are rounded by the caller. exp and log use Math (HotSpot's
 * intrinsics, the same in the interpreter and compiled code), which are within half an ulp or so
 * like the musl functions Zig's compiler calls: the ziggurat tables std.Random builds at comptime
 * from them match Zig's bit for bit, where fdlibm's (StrictMath) are off by an ulp.
 */
public final class FloatFns {
    private FloatFns() {}

    private static final String[] NAMES = {
        "sqrt", "sin", "cos", "tan", "exp", "exp2", "log", "log2", "log10", "floor", "ceil", "trunc", "round", "abs"
    };

    /** The function's number (its FMATH operand), or -1. */
    public static int index(String name) {
        for (int i = 0; i < NAMES.length; i++) if (NAMES[i].equals(name)) return i;
        return -1;
    }

    public static double apply(int fn, double x, int bits) {
        return switch (fn) {
            case 0 -> Math.sqrt(x);
            case 1 -> StrictMath.sin(x);
            case 2 -> StrictMath.cos(x);
            case 3 -> StrictMath.tan(x);
            case 4 -> Math.exp(x);
            case 5 -> StrictMath.pow(2.0, x);
            case 6 -> Math.log(x);
            case 7 -> log2(x);
            case 8 -> StrictMath.log10(x);
            case 9 -> Math.floor(x);
            case 10 -> Math.ceil(x);
            case 11 -> x < 0 ? Math.ceil(x) : Math.floor(x);
            case 12 -> round(x);
            case 13 -> Math.abs(x);
            default -> throw new IllegalArgumentException("float function " + fn);
        };
    }

    private static double log2(double x) {
        if (x > 0 && !Double.isInfinite(x)) {
            long bits = Double.doubleToRawLongBits(x);
            if ((bits & 0x000F_FFFF_FFFF_FFFFL) == 0 && (bits >>> 52) != 0) return (double) ((bits >>> 52) - 1023);
        }
        return StrictMath.log(x) / StrictMath.log(2.0);
    }

    /** Rounds half away from zero, as Zig's {@code @round}. */
    private static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        double t = x < 0 ? Math.ceil(x) : Math.floor(x);
        if (Math.abs(x - t) >= 0.5) t += Math.signum(x);
        return t == 0 ? Math.copySign(0.0, x) : t;
    }
}
