package org.heaplab.lang.types.fp;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The float builtins as Zig's compiler evaluates them at comptime for f16/f32/f64 operands. The
 * compiler calls the libm it is linked with, musl, whose exp, exp2, log and log2 (and the f32
 * forms) are the newer table-driven routines: correctly rounded in all but rare cases, so this
 * computes the correctly rounded value (in 60-digit decimal arithmetic). musl's log10 is the
 * algorithm compiler-rt ports, without compiler-rt's slip on subnormals, and it answers a
 * negative operand with x86's default NaN (-nan); its sin, cos and tan are compiler-rt's. For
 * f32 and f16 the compiler's results are compiler-rt's (checked against the oracle: exp2f's
 * underflow to 0, the sign of log's NaN) but for log2's NaN. comptime_float operands go through
 * compiler-rt's f64 code (expq is exp of the f64), which FloatFns.apply computes.
 */
final class ComptimeLibm {
    private ComptimeLibm() {}

    private static final MathContext MC = new MathContext(60);
    private static final BigDecimal LN2 = new BigDecimal(
            "0.693147180559945309417232121458176568075500134360255254120680009493393621969694715605863326996418687542");

    /** x86's default NaN, what musl's invalid-operation paths give. */
    private static final double DEFAULT_NAN = Double.longBitsToDouble(0xFFF8000000000000L);

    /** {@code fn(x)} at comptime in f64; null when musl's is compiler-rt's (sin, cos, tan, sqrt, roundings). */
    static Double applyF64(FloatFns.Fn fn, double x) {
        return switch (fn) {
            case EXP -> round(exp(x, false), 64);
            case EXP2 -> round(exp(x, true), 64);
            case LOG -> round(log(x, false), 64);
            case LOG2 -> round(log(x, true), 64);
            case LOG10 -> x < 0 || x == Double.NEGATIVE_INFINITY ? DEFAULT_NAN : ExpLog.log10(x, true);
            default -> null;
        };
    }

    /**
     * {@code fn(x)} at comptime in f32 or f16: what the compiler gives is compiler-rt's (as at run
     * time; exp2 of x below -126 is 0 too), except that log2 of a negative number is -nan.
     */
    static double applyF32(FloatFns.Fn fn, double x, int bits) {
        if (fn == FloatFns.Fn.LOG2) return log2f((float) x);
        return FloatFns.apply(fn, x, bits);
    }

    private static final double[] LOG2F_INVC = {
        0x1.661ec79f8f3bep+0, 0x1.571ed4aaf883dp+0, 0x1.49539f0f010bp+0, 0x1.3c995b0b80385p+0, 0x1.30d190c8864a5p+0,
        0x1.25e227b0b8eap+0, 0x1.1bb4a4a1a343fp+0, 0x1.12358f08ae5bap+0, 0x1.0953f419900a7p+0, 0x1p+0,
        0x1.e608cfd9a47acp-1, 0x1.ca4b31f026aap-1, 0x1.b2036576afce6p-1, 0x1.9c2d163a1aa2dp-1, 0x1.886e6037841edp-1,
        0x1.767dcf5534862p-1,
    };
    private static final double[] LOG2F_LOGC = {
        -0x1.efec65b963019p-2, -0x1.b0b6832d4fca4p-2, -0x1.7418b0a1fb77bp-2, -0x1.39de91a6dcf7bp-2, -0x1.01d9bf3f2b631p-2,
        -0x1.97c1d1b3b7afp-3, -0x1.2f9e393af3c9fp-3, -0x1.960cbbf788d5cp-4, -0x1.a6f9db6475fcep-5, 0x0p+0,
        0x1.338ca9f24f53dp-4, 0x1.476a9543891bap-3, 0x1.e840b4ac4e4d2p-3, 0x1.40645f0c6651cp-2, 0x1.88e9c2c1b9ff8p-2,
        0x1.ce0a44eb17bccp-2,
    };
    private static final double[] LOG2F_POLY = {-0x1.712b6f70a7e4dp-2, 0x1.ecabf496832ep-2, -0x1.715479ffae3dep-1, 0x1.715475f35c8b8p0};

    /** musl's log2f (src/math/log2f.c, from ARM's optimized routines), line by line. */
    static float log2f(float x) {
        int ix = Float.floatToRawIntBits(x);
        if (ix == 0x3f800000) return 0;
        if (Integer.compareUnsigned(ix - 0x00800000, 0x7f800000 - 0x00800000) >= 0) {
            if (ix * 2 == 0) return Float.NEGATIVE_INFINITY;
            if (ix == 0x7f800000) return x;
            if ((ix & 0x80000000) != 0 || Integer.compareUnsigned(ix * 2, 0xff000000) >= 0) return (float) DEFAULT_NAN;
            ix = Float.floatToRawIntBits(x * 0x1p23f);
            ix -= 23 << 23;
        }
        int tmp = ix - 0x3f330000;
        int i = (tmp >>> (23 - 4)) % 16;
        int top = tmp & 0xff800000;
        int iz = ix - top;
        int k = tmp >> 23;
        double invc = LOG2F_INVC[i];
        double logc = LOG2F_LOGC[i];
        double z = Float.intBitsToFloat(iz);
        double r = z * invc - 1;
        double y0 = logc + (double) k;
        double r2 = r * r;
        double y = LOG2F_POLY[1] * r + LOG2F_POLY[2];
        y = LOG2F_POLY[0] * r2 + y;
        double p = LOG2F_POLY[3] * r + y0;
        y = y * r2 + p;
        return (float) y;
    }

    private static double round(Object v, int bits) {
        if (v instanceof Double d) return d;
        BigDecimal b = (BigDecimal) v;
        return bits == 32 ? b.floatValue() : b.doubleValue();
    }

    /** e^x or 2^x: a Double for the special cases, else the value to round. */
    private static Object exp(double x, boolean base2) {
        if (Double.isNaN(x)) return x;
        if (x == Double.POSITIVE_INFINITY) return x;
        if (x == Double.NEGATIVE_INFINITY) return 0.0;
        // far outside every type's range: overflow / underflow
        double lnx = base2 ? x * 0.6931471805599453 : x;
        if (lnx > 720) return Double.POSITIVE_INFINITY;
        if (lnx < -760) return 0.0;
        BigDecimal t = new BigDecimal(x);
        if (base2) t = t.multiply(LN2, MC);
        // t = k ln2 + r, |r| <= ln2 / 2
        long k = Math.round(t.divide(LN2, MC).doubleValue());
        BigDecimal r = t.subtract(LN2.multiply(BigDecimal.valueOf(k)), MC);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int n = 1; n < 200; n++) {
            term = term.multiply(r, MC).divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
            if (term.signum() == 0 || term.abs().compareTo(BigDecimal.ONE.movePointLeft(70)) < 0) break;
        }
        BigDecimal pow = new BigDecimal(java.math.BigInteger.TWO.pow((int) Math.abs(k)));
        return k >= 0 ? sum.multiply(pow, MC) : sum.divide(pow, MC);
    }

    /** ln x or log2 x: a Double for the special cases, else the value to round. */
    private static Object log(double x, boolean base2) {
        if (Double.isNaN(x)) return x;
        if (x == 0) return Double.NEGATIVE_INFINITY;
        if (x < 0) return DEFAULT_NAN;
        if (x == Double.POSITIVE_INFINITY) return x;
        if (x == 1) return 0.0;
        // x = m 2^e, m in [1, 2)
        BigDecimal bx = new BigDecimal(x);
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) e = Math.getExponent(x * 0x1p64) - 64;
        BigDecimal pow = new BigDecimal(java.math.BigInteger.TWO.pow(Math.abs(e)));
        BigDecimal m = e >= 0 ? bx.divide(pow, MC) : bx.multiply(pow, MC);
        // ln m = 2 atanh((m - 1) / (m + 1))
        BigDecimal z = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), MC);
        BigDecimal z2 = z.multiply(z, MC);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal power = z;
        for (int n = 1; n < 400; n += 2) {
            BigDecimal term = power.divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
            if (term.signum() == 0 || term.abs().compareTo(BigDecimal.ONE.movePointLeft(70)) < 0) break;
            power = power.multiply(z2, MC);
        }
        BigDecimal ln = sum.multiply(BigDecimal.TWO, MC).add(LN2.multiply(BigDecimal.valueOf(e)), MC);
        return base2 ? ln.divide(LN2, MC) : ln;
    }
}
