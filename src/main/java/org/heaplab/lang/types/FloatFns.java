package org.heaplab.lang.types;

/**
 * The one-operand float builtins ({@code @sqrt}, {@code @exp}, {@code @log}, ...), shared by the
 * checker (which folds them on comptime-known operands) and the VM (FMATH), so a value computed
 * at compile time and the same value computed at run time agree. An operand's float width is
 * given as {@code bits}; f32 results are rounded by the caller. Zig computes exp and log
 * differently at compile time and at run time: a program calls compiler_rt's ports of musl's
 * older fdlibm-based code (ported below, as {@link #muslExp} and {@link #muslLog}), while the compiler folds comptime calls
 * with its own libm (musl's newer, nearly correctly rounded functions), which Math (HotSpot's
 * intrinsics, the same in the interpreter and compiled code) matches: the ziggurat tables
 * std.Random builds at comptime match Zig's bit for bit with Math, and run-time values match
 * with the ports (fdlibm's own StrictMath differs from them in the last bit now and then).
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

    public static double apply(int fn, double x, int bits, boolean comptime) {
        return switch (fn) {
            case 0 -> Math.sqrt(x);
            case 1 -> StrictMath.sin(x);
            case 2 -> StrictMath.cos(x);
            case 3 -> StrictMath.tan(x);
            case 4 -> comptime ? Math.exp(x) : muslExp(x);
            case 5 -> StrictMath.pow(2.0, x);
            case 6 -> comptime ? Math.log(x) : muslLog(x);
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

    /** compiler_rt's exp (lib/compiler_rt/exp.zig, from musl's exp.c). */
    static double muslExp(double x) {
        final double ln2hi = 6.93147180369123816490e-01, ln2lo = 1.90821492927058770002e-10, invln2 = 1.44269504088896338700e+00;
        final double P1 = 1.66666666666666019037e-01, P2 = -2.77777777770155933842e-03, P3 = 6.61375632143793436117e-05,
                P4 = -1.65339022054652515390e-06, P5 = 4.13813679705723846039e-08;
        long ux = Double.doubleToRawLongBits(x);
        long hx = ux >>> 32;
        int sign = (int) (hx >>> 31);
        hx &= 0x7FFFFFFF;
        if (Double.isNaN(x)) return x;
        if (hx >= 0x4086232BL) {
            if (hx > 0x7FF00000L) return x;
            if (x > 709.782712893383973096) return Double.POSITIVE_INFINITY;
            if (x < -708.39641853226410622 && x < -745.13321910194110842) return 0;
        }
        int k;
        double hi;
        double lo;
        if (hx > 0x3FD62E42L) {
            if (hx > 0x3FF0A2B2L) k = (int) (invln2 * x + (sign == 0 ? 0.5 : -0.5));
            else k = 1 - sign - sign;
            double dk = k;
            hi = x - dk * ln2hi;
            lo = dk * ln2lo;
            x = hi - lo;
        } else if (hx > 0x3E300000L) {
            k = 0;
            hi = x;
            lo = 0;
        } else {
            return 1 + x;
        }
        double xx = x * x;
        double c = x - xx * (P1 + xx * (P2 + xx * (P3 + xx * (P4 + xx * P5))));
        double y = 1 + (x * c / (2 - c) - lo + hi);
        return k == 0 ? y : Math.scalb(y, k);
    }

    /** compiler_rt's log (lib/compiler_rt/log.zig, from musl's log.c). */
    static double muslLog(double x) {
        final double ln2_hi = 6.93147180369123816490e-01, ln2_lo = 1.90821492927058770002e-10;
        final double Lg1 = 6.666666666666735130e-01, Lg2 = 3.999999999940941908e-01, Lg3 = 2.857142874366239149e-01,
                Lg4 = 2.222219843214978396e-01, Lg5 = 1.818357216161805012e-01, Lg6 = 1.531383769920937332e-01,
                Lg7 = 1.479819860511658591e-01;
        long ix = Double.doubleToRawLongBits(x);
        long hx = ix >>> 32;
        int k = 0;
        if (hx < 0x00100000L || (hx >>> 31) != 0) {
            if (ix << 1 == 0) return Double.NEGATIVE_INFINITY;
            if ((hx >>> 31) != 0) return Double.NaN;
            k -= 54;
            x *= 0x1.0p54;
            ix = Double.doubleToRawLongBits(x);
            hx = ix >>> 32;
        } else if (hx >= 0x7FF00000L) {
            return x;
        } else if (hx == 0x3FF00000L && ix << 32 == 0) {
            return 0;
        }
        hx += 0x3FF00000L - 0x3FE6A09EL;
        k += (int) (hx >>> 20) - 0x3FF;
        hx = (hx & 0x000FFFFFL) + 0x3FE6A09EL;
        ix = (hx << 32) | (ix & 0xFFFFFFFFL);
        x = Double.longBitsToDouble(ix);
        double f = x - 1.0;
        double hfsq = 0.5 * f * f;
        double s = f / (2.0 + f);
        double z = s * s;
        double w = z * z;
        double t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
        double t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
        double R = t2 + t1;
        double dk = k;
        return s * (hfsq + R) + dk * ln2_lo - hfsq + f + dk * ln2_hi;
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
