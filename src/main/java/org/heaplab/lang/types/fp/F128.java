package org.heaplab.lang.types.fp;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An IEEE binary128 value, as Zig holds a {@code comptime_float}: a literal is read into 113 bits
 * of significand, and comptime arithmetic on comptime floats rounds there, not at f64's 53. So
 * {@code 0.1 + 0.2} coerced to f64 is 0.3 (the f128 sum rounds to the f64 nearest 0.3), and
 * {@code {d}} of {@code 1.0 / 3.0} prints 34 digits.
 *
 * <p>A finite value is {@code (-1)^negative * significand * 2^exponent}, exact, rounded to
 * nearest-even at 113 bits (with f128's subnormals and overflow to infinity) by every operation.
 * Infinities and NaN are kept as the f64 they came from.
 */
public final class F128 {
    private static final int PRECISION = 113;
    /** The exponent of a significand's last bit for the smallest subnormal: 2^-16494. */
    private static final int MIN_EXP = -16494;
    /** A finite value's magnitude is below 2^16384. */
    private static final int MAX_BITS = 16384;

    private final boolean negative;
    private final BigInteger significand;
    private final int exponent;
    /** NaN or an infinity (significand unused), else NaN-free 0. */
    private final double special;

    private F128(boolean negative, BigInteger significand, int exponent, double special) {
        this.negative = negative;
        this.significand = significand;
        this.exponent = exponent;
        this.special = special;
    }

    public static final F128 ZERO = new F128(false, BigInteger.ZERO, 0, 0);

    public boolean isFinite() { return special == 0; }

    public boolean isNegative() { return negative; }

    // ------------------------------------------------------------------ making values

    /** Exactly the f64 {@code d} (every f64 is an f128). */
    public static F128 of(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return new F128(d < 0, BigInteger.ZERO, 0, d);
        boolean neg = d < 0 || d == 0 && 1 / d < 0;
        if (d == 0) return new F128(neg, BigInteger.ZERO, 0, 0);
        long bits = Double.doubleToRawLongBits(d);
        int e = (int) ((bits >>> 52) & 0x7FF);
        long m = bits & ((1L << 52) - 1);
        if (e == 0) e = 1;
        else m |= 1L << 52;
        return normal(neg, BigInteger.valueOf(m), e - 1075);
    }

    /** Exactly the integer {@code n}, rounded to 113 bits when it is wider. */
    public static F128 of(BigInteger n) {
        return round(n.signum() < 0, n.abs(), 0);
    }

    /**
     * A Zig float literal's value: decimal ({@code 1_000.5e-3}) or hexadecimal
     * ({@code 0x1.8p3}), with an optional leading minus; null when the text is not one.
     */
    public static F128 parse(String text) {
        String s = text.replace("_", "");
        boolean neg = s.startsWith("-");
        if (neg) s = s.substring(1);
        try {
            if (s.startsWith("0x") || s.startsWith("0X")) return parseHex(neg, s.substring(2));
            String mant = s;
            long exp10 = 0;
            int e = Math.max(s.indexOf('e'), s.indexOf('E'));
            if (e >= 0) {
                mant = s.substring(0, e);
                exp10 = Long.parseLong(s.substring(e + 1).replace("+", ""));
            }
            int dot = mant.indexOf('.');
            String digits = dot < 0 ? mant : mant.substring(0, dot) + mant.substring(dot + 1);
            if (dot >= 0) exp10 -= mant.length() - dot - 1;
            BigInteger m = new BigInteger(digits.isEmpty() ? "0" : digits);
            if (m.signum() == 0) return new F128(neg, BigInteger.ZERO, 0, 0);
            // far outside f128's range: no need to build the power of ten
            long magnitude = exp10 + digits.length();
            if (magnitude > 5000) return new F128(neg, BigInteger.ZERO, 0, neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
            if (magnitude < -5000) return new F128(neg, BigInteger.ZERO, 0, 0);
            if (exp10 >= 0) return round(neg, m.multiply(BigInteger.TEN.pow((int) exp10)), 0);
            return divide(neg, m, BigInteger.TEN.pow((int) -exp10), 0);
        } catch (NumberFormatException | ArithmeticException x) {
            return null;
        }
    }

    private static F128 parseHex(boolean neg, String s) {
        long exp2 = 0;
        int p = Math.max(s.indexOf('p'), s.indexOf('P'));
        String mant = s;
        if (p >= 0) {
            mant = s.substring(0, p);
            exp2 = Long.parseLong(s.substring(p + 1).replace("+", ""));
        }
        int dot = mant.indexOf('.');
        String digits = dot < 0 ? mant : mant.substring(0, dot) + mant.substring(dot + 1);
        if (dot >= 0) exp2 -= 4L * (mant.length() - dot - 1);
        BigInteger m = new BigInteger(digits.isEmpty() ? "0" : digits, 16);
        if (m.signum() == 0) return new F128(neg, BigInteger.ZERO, 0, 0);
        if (exp2 + m.bitLength() > MAX_BITS + 1) return new F128(neg, BigInteger.ZERO, 0, neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        if (exp2 + m.bitLength() < MIN_EXP - 2) return new F128(neg, BigInteger.ZERO, 0, 0);
        return round(neg, m, (int) exp2);
    }

    /** {@code significand * 2^exponent}, rounded to nearest-even at 113 bits. */
    private static F128 round(boolean neg, BigInteger sig, int exp) {
        if (sig.signum() == 0) return new F128(neg, BigInteger.ZERO, 0, 0);
        int shift = Math.max(sig.bitLength() - PRECISION, MIN_EXP - exp);
        if (shift > 0) {
            BigInteger q = sig.shiftRight(shift);
            BigInteger rem = sig.subtract(q.shiftLeft(shift));
            int c = rem.shiftLeft(1).compareTo(BigInteger.ONE.shiftLeft(shift));
            if (c > 0 || c == 0 && q.testBit(0)) q = q.add(BigInteger.ONE);
            sig = q;
            exp += shift;
        }
        return normal(neg, sig, exp);
    }

    /** {@code num / den * 2^exp}, rounded to nearest-even at 113 bits. */
    private static F128 divide(boolean neg, BigInteger num, BigInteger den, int exp) {
        // scale so that the quotient has PRECISION + 2 bits or more, then round with the remainder as a sticky bit
        int scale = PRECISION + 2 - (num.bitLength() - den.bitLength());
        BigInteger n = scale >= 0 ? num.shiftLeft(scale) : num;
        BigInteger d = scale >= 0 ? den : den.shiftLeft(-scale);
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[0].shiftLeft(1).or(qr[1].signum() != 0 ? BigInteger.ONE : BigInteger.ZERO);
        return round(neg, q, exp - scale - 1);
    }

    private static F128 normal(boolean neg, BigInteger sig, int exp) {
        if (sig.signum() == 0) return new F128(neg, BigInteger.ZERO, 0, 0);
        int tz = sig.getLowestSetBit();
        sig = sig.shiftRight(tz);
        exp += tz;
        if ((long) exp + sig.bitLength() > MAX_BITS) return new F128(neg, BigInteger.ZERO, 0, neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        return new F128(neg, sig, exp, 0);
    }

    // ------------------------------------------------------------------ arithmetic

    public F128 negate() {
        if (!isFinite()) return new F128(!negative, significand, exponent, -special);
        return new F128(!negative, significand, exponent, 0);
    }

    public F128 abs() { return negative ? negate() : this; }

    public F128 add(F128 o) {
        if (!isFinite() || !o.isFinite()) return of(toDouble() + o.toDouble());
        if (significand.signum() == 0 && o.significand.signum() == 0) return new F128(negative && o.negative, BigInteger.ZERO, 0, 0);
        if (significand.signum() == 0) return o;
        if (o.significand.signum() == 0) return this;
        int e = Math.min(exponent, o.exponent);
        BigInteger a = signed().shiftLeft(exponent - e);
        BigInteger b = o.signed().shiftLeft(o.exponent - e);
        BigInteger s = a.add(b);
        return round(s.signum() < 0, s.abs(), e);
    }

    public F128 subtract(F128 o) { return add(o.negate()); }

    public F128 multiply(F128 o) {
        if (!isFinite() || !o.isFinite()) return of(toDouble() * o.toDouble());
        return round(negative != o.negative, significand.multiply(o.significand), exponent + o.exponent);
    }

    public F128 divide(F128 o) {
        if (!isFinite() || !o.isFinite() || o.significand.signum() == 0) return of(toDouble() / o.toDouble());
        if (significand.signum() == 0) return new F128(negative != o.negative, BigInteger.ZERO, 0, 0);
        return divide(negative != o.negative, significand, o.significand, exponent - o.exponent);
    }

    /** The integer toward minus infinity ({@code @floor}), toward plus ({@code @ceil}) or toward zero ({@code @trunc}). */
    public F128 floor() { return integral(RoundingMode.FLOOR); }

    public F128 ceil() { return integral(RoundingMode.CEILING); }

    public F128 trunc() { return integral(RoundingMode.DOWN); }

    /** {@code @round}: half away from zero. */
    public F128 roundHalfAway() { return integral(RoundingMode.HALF_UP); }

    private F128 integral(RoundingMode mode) {
        if (!isFinite() || exponent >= 0 || significand.signum() == 0) return this;
        BigInteger i = toBigDecimal().setScale(0, mode).toBigIntegerExact();
        F128 r = of(i);
        // an integral result of zero keeps the sign (@trunc(-0.5) is -0.0)
        return i.signum() == 0 ? new F128(negative, BigInteger.ZERO, 0, 0) : r;
    }

    private BigInteger signed() { return negative ? significand.negate() : significand; }

    // ------------------------------------------------------------------ reading values

    /** -1, 0 or 1; NaN compares through f64 (callers check {@link #isNaN} first). */
    public int compareTo(F128 o) {
        if (!isFinite() || !o.isFinite()) return Double.compare(toDouble(), o.toDouble());
        return toBigDecimal().compareTo(o.toBigDecimal());
    }

    public boolean isNaN() { return Double.isNaN(special); }

    public boolean isInteger() { return isFinite() && (exponent >= 0 || significand.signum() == 0); }

    /** The integer value (callers check {@link #isInteger}). */
    public BigInteger toBigInteger() {
        BigInteger m = exponent >= 0 ? significand.shiftLeft(exponent) : significand.shiftRight(-exponent);
        return negative ? m.negate() : m;
    }

    /** The exact value (finite values only). */
    public BigDecimal toBigDecimal() {
        BigDecimal m = new BigDecimal(negative ? significand.negate() : significand);
        if (exponent >= 0) return m.multiply(new BigDecimal(BigInteger.TWO.pow(exponent)));
        return new BigDecimal(signed().multiply(BigInteger.valueOf(5).pow(-exponent)), -exponent);
    }

    /** Rounded to the nearest f64 (Zig's {@code @floatCast} and coercion). */
    public double toDouble() {
        if (!isFinite()) return special;
        if (significand.signum() == 0) return negative ? -0.0 : 0.0;
        if (exponent + significand.bitLength() > 1100) return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (exponent + significand.bitLength() < -1200) return negative ? -0.0 : 0.0;
        double d = toBigDecimal().doubleValue();
        return d == 0 && negative ? -0.0 : d;
    }

    /** Rounded to the nearest f32 (not through f64: no double rounding). */
    public float toFloat() {
        if (!isFinite()) return (float) special;
        if (significand.signum() == 0) return negative ? -0.0f : 0.0f;
        if (exponent + significand.bitLength() > 200) return negative ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
        if (exponent + significand.bitLength() < -200) return negative ? -0.0f : 0.0f;
        float f = toBigDecimal().floatValue();
        return f == 0 && negative ? -0.0f : f;
    }

    /**
     * The shortest decimal that reads back as this value's magnitude (Ryu's answer, as Zig's
     * {@code std.fmt} gives for f128): {digits, exponent} with magnitude = digits * 10^exponent.
     */
    public Object[] shortestDigits() {
        F128 mag = abs();
        if (significand.signum() == 0) return new Object[] {BigInteger.ZERO, 0};
        BigDecimal exact = mag.toBigDecimal();
        for (int n = 1; n <= 40; n++) {
            BigDecimal best = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal c = exact.round(new MathContext(n, mode));
                if (!mag.equals(fromDecimal(c))) continue;
                if (best == null || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0) best = c;
            }
            if (best != null) {
                best = best.stripTrailingZeros();
                return new Object[] {best.unscaledValue(), -best.scale()};
            }
        }
        BigDecimal s = exact.stripTrailingZeros();
        return new Object[] {s.unscaledValue(), -s.scale()};
    }

    private static F128 fromDecimal(BigDecimal d) {
        BigInteger u = d.unscaledValue();
        int scale = d.scale();
        if (scale <= 0) return round(u.signum() < 0, u.abs().multiply(BigInteger.TEN.pow(-scale)), 0);
        return divide(u.signum() < 0, u.abs(), BigInteger.TEN.pow(scale), 0);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof F128 f)) return false;
        if (!isFinite() || !f.isFinite()) return Double.compare(special, f.special) == 0;
        return negative == f.negative && exponent == f.exponent && significand.equals(f.significand);
    }

    @Override
    public int hashCode() { return significand.hashCode() * 31 + exponent + (negative ? 1 : 0); }

    @Override
    public String toString() {
        if (!isFinite()) return Double.toString(special);
        return toBigDecimal().toString();
    }
}
