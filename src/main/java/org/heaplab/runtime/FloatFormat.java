package org.heaplab.runtime;

import org.heaplab.lang.types.fp.F128;
import org.heaplab.lang.types.fp.F16;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Zig's float formatting (lib/std/fmt/format_float.zig): the shortest digits that read back as
 * the same float (Ryu's), written in scientific ({@code 1.5e0}) or decimal ({@code 1.5}) form,
 * rounded half up at a precision on those digits as Zig's {@code round} does.
 */
final class FloatFormat {
    private FloatFormat() {}

    /**
     * {@code std.fmt.formatFloat} into a buffer of {@code bufLen} bytes: the text, or null when
     * Zig says BufferTooSmall (its bound on the bytes needed, from the rounded shortest digits).
     */
    static String formatFloat(double d, int bits, boolean scientific, int precision, long bufLen) {
        if (special(d) == null) {
            long required;
            if (scientific) {
                required = precision >= 0 ? 8 + precision : 0;
            } else {
                Object[] sh = shortest(d, bits);
                BigInteger m = (BigInteger) sh[0];
                int e = (int) sh[1];
                if (precision >= 0) {
                    int olength = m.toString().length();
                    int roundDigit = e > 0 ? (olength - 1) + precision + e : precision + olength > -e ? precision + olength + e : 0;
                    Object[] r = round(m, e, roundDigit);
                    m = (BigInteger) r[0];
                    e = (int) r[1];
                }
                int olength = m.toString().length();
                int p = Math.max(precision, 0);
                required = e >= 0 ? 2L + e + olength + p : 2L + Math.max(-(long) e + olength, p);
            }
            if (bufLen < required) return null;
        }
        return scientific ? scientific(d, bits, precision) : decimal(d, bits, precision);
    }

    /** The shortest digits that round-trip (as Zig's Ryu gives them): {digits, exponent} with value = digits * 10^exponent. */
    private static Object[] shortest(double d, int bits) {
        String js = bits == 32 ? Float.toString((float) Math.abs(d)) : Double.toString(Math.abs(d));
        BigDecimal bd = bits == 16 ? shortestF16(Math.abs(d)) : new BigDecimal(js).stripTrailingZeros();
        if (bd.precision() == 2) bd = oneDigit(bd, Math.abs(d), bits);
        BigInteger unscaled = bd.unscaledValue();
        int exp = -bd.scale();
        if (unscaled.signum() == 0) exp = 0;
        return new Object[] {unscaled, exp};
    }

    /**
     * Java's toString gives two digits where one reads back as the same value but a two-digit
     * decimal is closer (subnormals: 4.9E-324); Ryu, Zig's, gives the shortest: of the one-digit
     * decimals next to {@code bd} that read back as {@code v}, the closer.
     */
    private static BigDecimal oneDigit(BigDecimal bd, double v, int bits) {
        BigDecimal best = null;
        BigDecimal exact = new BigDecimal(v);
        for (java.math.RoundingMode mode : new java.math.RoundingMode[] {java.math.RoundingMode.FLOOR, java.math.RoundingMode.CEILING}) {
            BigDecimal c = bd.round(new java.math.MathContext(1, mode));
            boolean same = bits == 16 ? F16.round(c.doubleValue()) == v : bits == 32 ? c.floatValue() == (float) v : c.doubleValue() == v;
            if (!same) continue;
            if (best == null || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0) best = c;
        }
        return best == null ? bd : best.stripTrailingZeros();
    }

    /** The shortest decimal that reads back as the f16 {@code v} (v >= 0, finite), the closest of those. */
    private static BigDecimal shortestF16(double v) {
        if (v == 0) return BigDecimal.ZERO;
        BigDecimal exact = new BigDecimal(v);
        for (int n = 1; n <= 6; n++) {
            BigDecimal best = null;
            for (java.math.RoundingMode mode : new java.math.RoundingMode[] {java.math.RoundingMode.FLOOR, java.math.RoundingMode.CEILING}) {
                BigDecimal c = exact.round(new java.math.MathContext(n, mode));
                if (F16.round(c.doubleValue()) != v) continue;
                if (best == null || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0) best = c;
            }
            if (best != null) return best.stripTrailingZeros();
        }
        return exact.stripTrailingZeros();
    }

    private static String special(double d) {
        if (Double.isNaN(d)) return Double.doubleToRawLongBits(d) < 0 ? "-nan" : "nan"; // Zig shows a NaN's sign
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        return null;
    }

    private static boolean negative(double d) { return d < 0 || (d == 0 && 1 / d < 0); }

    /** Zig's round() on the shortest digits: half up, at a digit counted from the left. */
    private static Object[] round(BigInteger mantissa, int exp, int roundDigit) {
        String digits = mantissa.toString();
        int olength = digits.length();
        if (roundDigit >= olength) return new Object[] {mantissa, exp};
        BigInteger output = mantissa;
        for (int i = roundDigit + 1; i < olength; i++) {
            output = output.divide(BigInteger.TEN);
            exp++;
        }
        if (output.mod(BigInteger.TEN).intValue() >= 5) {
            output = output.divide(BigInteger.TEN).add(BigInteger.ONE);
            exp++;
            if (isPowerOf10(output)) {
                output = output.divide(BigInteger.TEN);
                exp++;
            }
        }
        return new Object[] {output, exp};
    }

    /**
     * Zig's isPowerOf10 as written: it tests every digit, the leading one too, for zero, so only 0 passes.
     * (Treating 1 as a power of ten printed 0.5 at {d:.0} as "00" instead of Zig's "1".)
     */
    private static boolean isPowerOf10(BigInteger n) {
        return n.signum() == 0;
    }

    static String scientific(double d, int bits, int precision) { return scientific(d, bits, null, precision); }

    /** {@code {e}}; {@code wide}, when given, is the f128 value of a comptime_float ({@code d} its f64), whose digits are printed. */
    static String scientific(double d, int bits, F128 wide, int precision) {
        // a comptime float past f64's range is still finite at f128 (1e309)
        String sp = wide != null && wide.isFinite() ? null : special(d);
        if (sp != null) return sp;
        Object[] sh = wide != null ? wide.shortestDigits() : shortest(d, bits);
        BigInteger m = (BigInteger) sh[0];
        int e = (int) sh[1];
        if (precision >= 0) {
            Object[] r = round(m, e, 1 + precision);
            m = (BigInteger) r[0];
            e = (int) r[1];
        }
        String digits = m.toString();
        int olength = digits.length();
        var sb = new StringBuilder();
        if (negative(d)) sb.append('-');
        sb.append(digits.charAt(0));
        if (precision >= 0) {
            if (precision > 0) {
                sb.append('.');
                String frac = digits.substring(1);
                if (frac.length() >= precision) sb.append(frac, 0, precision);
                else sb.append(frac).append("0".repeat(precision - frac.length()));
            }
        } else if (olength > 1) {
            sb.append('.').append(digits, 1, olength);
        }
        int exp = e + olength - 1;
        sb.append('e').append(exp);
        return sb.toString();
    }

    static String decimal(double d, int bits, int precision) { return decimal(d, bits, null, precision); }

    /** {@code {d}}; {@code wide} as for {@link #scientific(double, int, F128, int)}. */
    static String decimal(double d, int bits, F128 wide, int precision) {
        // a comptime float past f64's range is still finite at f128 (1e309)
        String sp = wide != null && wide.isFinite() ? null : special(d);
        if (sp != null) return sp;
        Object[] sh = wide != null ? wide.shortestDigits() : shortest(d, bits);
        BigInteger m = (BigInteger) sh[0];
        int e = (int) sh[1];
        if (precision >= 0) {
            int olength = m.toString().length();
            int roundDigit;
            if (e > 0) {
                roundDigit = (olength - 1) + precision + e;
            } else {
                int minExp = -e;
                roundDigit = precision + olength > minExp ? precision + olength - minExp : 0;
            }
            Object[] r = round(m, e, roundDigit);
            m = (BigInteger) r[0];
            e = (int) r[1];
        }
        String digits = m.toString();
        int olength = digits.length();
        var sb = new StringBuilder();
        if (negative(d)) sb.append('-');
        int dpOffset = e + olength;
        if (dpOffset <= 0) {
            sb.append("0.");
            var frac = new StringBuilder();
            frac.append("0".repeat(-dpOffset)).append(digits);
            if (precision >= 0) {
                if (frac.length() < precision) frac.append("0".repeat(precision - frac.length()));
                else frac.setLength(precision);
                if (precision == 0) {
                    sb.setLength(sb.length() - 1);
                    return sb.toString();
                }
            }
            sb.append(frac);
        } else if (dpOffset >= olength) {
            sb.append(digits).append("0".repeat(dpOffset - olength));
            if (precision > 0) sb.append('.').append("0".repeat(precision));
        } else {
            sb.append(digits, 0, dpOffset);
            String frac = digits.substring(dpOffset);
            if (precision >= 0) {
                if (frac.length() < precision) frac = frac + "0".repeat(precision - frac.length());
                else frac = frac.substring(0, precision);
                if (precision > 0) sb.append('.').append(frac);
            } else {
                sb.append('.').append(frac);
            }
        }
        return sb.toString();
    }

    /** Zig's formatFloatHexadecimal ({x} of a float): 0x1.8p0, the fraction's trailing zeros trimmed, rounded to a precision. */
    static String hexadecimal(double d, int bits, int precision) {
        var sb = new StringBuilder();
        if (negative(d) || Double.isNaN(d) && Double.doubleToRawLongBits(d) < 0) sb.append('-');
        if (Double.isNaN(d)) return sb.append("nan").toString();
        if (Double.isInfinite(d)) return sb.append("inf").toString();
        int mantissaBits = bits == 16 ? 10 : bits == 32 ? 23 : 52;
        int exponentBits = bits == 16 ? 5 : bits == 32 ? 8 : 11;
        long raw = bits == 16 ? Float.floatToFloat16((float) d) & 0xFFFFL
                : bits == 32 ? Float.floatToRawIntBits((float) d) & 0xFFFFFFFFL : Double.doubleToRawLongBits(d);
        long mantissa = raw & ((1L << mantissaBits) - 1);
        int exponent = (int) ((raw >>> mantissaBits) & ((1L << exponentBits) - 1));
        int bias = (1 << (exponentBits - 1)) - 1;
        if (exponent == 0 && mantissa == 0) {
            sb.append("0x0");
            if (precision < 0) sb.append(".0");
            else if (precision > 0) sb.append('.').append("0".repeat(precision));
            return sb.append("p0").toString();
        }
        if (exponent == 0) exponent += 1; // denormal
        else mantissa |= 1L << mantissaBits;
        int digits = (mantissaBits + 3) / 4;
        mantissa <<= digits * 4 - mantissaBits;
        if (precision >= 0 && precision < digits) {
            int extra = (digits - precision) * 4;
            while (extra > 2) {
                mantissa = (mantissa >>> 1) | (mantissa & 1);
                extra--;
            }
            mantissa |= (mantissa & 0b100) != 0 ? 1 : 0;
            mantissa += 1;
            mantissa >>>= 2;
            mantissa <<= (digits - precision) * 4;
            if ((mantissa & (1L << (1 + digits * 4))) != 0) {
                mantissa >>>= 1;
                exponent += 1;
            }
        }
        String hex = Long.toHexString(mantissa);
        if (hex.length() < 1 + digits) hex = "0".repeat(1 + digits - hex.length()) + hex;
        String frac = hex.substring(1).replaceAll("0+$", "");
        sb.append("0x").append(hex.charAt(0));
        if (precision > 0 || precision < 0 && !frac.isEmpty()) sb.append('.');
        sb.append(frac);
        if (precision > frac.length()) sb.append("0".repeat(precision - frac.length()));
        return sb.append('p').append(exponent - bias).toString();
    }
}
