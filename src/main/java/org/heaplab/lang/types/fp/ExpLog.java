package org.heaplab.lang.types.fp;

/**
 * exp, exp2, log, log2 and log10 as Zig 0.14's compiler-rt computes them (lib/compiler_rt/exp.zig,
 * exp2.zig, log.zig, log2.zig, log10.zig; ported from musl's older fdlibm-style code), line by
 * line so that every bit of a result is Zig's, including compiler-rt's quirks (log and log2 of a
 * subnormal f64 read the unscaled bits; exp2f is 0 for every x below -126).
 */
final class ExpLog {
    private ExpLog() {}

    // ---------------------------------------------------------------- exp

    static float expf(float x) {
        final float[] half = {0.5f, -0.5f};
        final float ln2hi = 6.9314575195e-1f, ln2lo = 1.4286067653e-6f, invln2 = 1.4426950216e+0f;
        final float P1 = 1.6666625440e-1f, P2 = -2.7667332906e-3f;
        int hx = Float.floatToRawIntBits(x);
        int sign = hx >>> 31;
        hx &= 0x7FFFFFFF;
        if (Float.isNaN(x)) return x;
        if (hx >= 0x42AEAC50) {
            if (hx > 0x7F800000) return x;
            if (hx >= 0x42b17218 && sign == 0) return x * 0x1.0p127f;
            if (sign != 0 && hx >= 0x42CFF1B5) return 0;
        }
        int k;
        float hi, lo;
        if (hx > 0x3EB17218) {
            if (hx > 0x3F851592) {
                k = (int) (invln2 * x + half[sign]);
            } else {
                k = 1 - sign - sign;
            }
            float fk = (float) k;
            hi = x - fk * ln2hi;
            lo = fk * ln2lo;
            x = hi - lo;
        } else if (hx > 0x39000000) {
            k = 0;
            hi = x;
            lo = 0;
        } else {
            return 1 + x;
        }
        float xx = x * x;
        float c = x - xx * (P1 + xx * P2);
        float y = 1 + (x * c / (2 - c) - lo + hi);
        return k == 0 ? y : Math.scalb(y, k);
    }

    static double exp(double x) {
        final double[] half = {0.5, -0.5};
        final double ln2hi = 6.93147180369123816490e-01, ln2lo = 1.90821492927058770002e-10, invln2 = 1.44269504088896338700e+00;
        final double P1 = 1.66666666666666019037e-01, P2 = -2.77777777770155933842e-03, P3 = 6.61375632143793436117e-05,
                P4 = -1.65339022054652515390e-06, P5 = 4.13813679705723846039e-08;
        long hx = Double.doubleToRawLongBits(x) >>> 32;
        int sign = (int) (hx >>> 31);
        hx &= 0x7FFFFFFF;
        if (Double.isNaN(x)) return x;
        if (hx >= 0x4086232B) {
            if (hx > 0x7FF00000) return x;
            if (x > 709.782712893383973096) return Double.POSITIVE_INFINITY;
            if (x < -708.39641853226410622 && x < -745.13321910194110842) return 0;
        }
        int k;
        double hi, lo;
        if (hx > 0x3FD62E42) {
            if (hx > 0x3FF0A2B2) {
                k = (int) (invln2 * x + half[sign]);
            } else {
                k = 1 - sign - sign;
            }
            double dk = (double) k;
            hi = x - dk * ln2hi;
            lo = dk * ln2lo;
            x = hi - lo;
        } else if (hx > 0x3E300000) {
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

    // ---------------------------------------------------------------- exp2

    static float exp2f(float x) {
        final int tblsiz = Tables.EXP2FT.length;
        final float redux = 0x1.8p23f / (float) tblsiz;
        final float P1 = 0x1.62e430p-1f, P2 = 0x1.ebfbe0p-3f, P3 = 0x1.c6b348p-5f, P4 = 0x1.3b2c9cp-7f;
        int u = Float.floatToRawIntBits(x);
        int ix = u & 0x7FFFFFFF;
        if (ix > 0x42FC0000) {
            if (ix > 0x7F800000) return x;
            if (u >= 0x43000000 && u >= 0) return x * 0x1.0p127f;
            // compiler-rt: `u >= 0x3160000` (musl: 0xc3160000), so every negative x here gives 0
            if (u < 0) return 0;
        } else if (ix <= 0x33000000) {
            return 1.0f + x;
        }
        float uf = x + redux;
        int i0 = Float.floatToRawIntBits(uf);
        i0 += tblsiz / 2;
        int k = Integer.divideUnsigned(i0, tblsiz);
        double uk = Double.longBitsToDouble((Integer.toUnsignedLong(0x3FF + k) << 52));
        i0 &= tblsiz - 1;
        uf -= redux;
        double z = x - uf;
        double r = Tables.EXP2FT[i0];
        double t = r * z;
        r = r + t * (P1 + z * P2) + t * (z * z) * (P3 + z * P4);
        return (float) (r * uk);
    }

    static double exp2(double x) {
        final int tblsiz = Tables.EXP2DT.length / 2;
        final double redux = 0x1.8p52 / (double) tblsiz;
        final double P1 = 0x1.62e42fefa39efp-1, P2 = 0x1.ebfbdff82c575p-3, P3 = 0x1.c6b08d704a0a6p-5, P4 = 0x1.3b2ab88f70400p-7,
                P5 = 0x1.5d88003875c74p-10;
        long ux = Double.doubleToRawLongBits(x);
        int ix = (int) (ux >>> 32) & 0x7FFFFFFF;
        if (Double.isNaN(x)) return Double.NaN;
        if (ix >= 0x408FF000) {
            if (ix >= 0x40900000 && ux >>> 63 == 0) return Double.POSITIVE_INFINITY;
            if (ix >= 0x7FF00000) return -1 / x;
            if (ux >>> 63 != 0 && x <= -1075) return 0;
        } else if (ix < 0x3C900000) {
            return 1.0 + x;
        }
        double uf = x + redux;
        int i0 = (int) Double.doubleToRawLongBits(uf);
        i0 += tblsiz / 2;
        int k = Integer.divideUnsigned(i0, tblsiz) * tblsiz;
        int ik = k / tblsiz;
        i0 = Integer.remainderUnsigned(i0, tblsiz);
        uf -= redux;
        double z = x - uf;
        double t = Tables.EXP2DT[2 * i0];
        z -= Tables.EXP2DT[2 * i0 + 1];
        double r = t + t * z * (P1 + z * (P2 + z * (P3 + z * (P4 + z * P5))));
        return Math.scalb(r, ik);
    }

    // ---------------------------------------------------------------- log, log2, log10

    private static final float LG1F = 0xaaaaaa.0p-24f, LG2F = 0xccce13.0p-25f, LG3F = 0x91e9ee.0p-25f, LG4F = 0xf89e26.0p-26f;
    private static final double LG1 = 6.666666666666735130e-01, LG2 = 3.999999999940941908e-01, LG3 = 2.857142874366239149e-01,
            LG4 = 2.222219843214978396e-01, LG5 = 1.818357216161805012e-01, LG6 = 1.531383769920937332e-01, LG7 = 1.479819860511658591e-01;

    /** The f32 logs' common start: null when the answer is special, else {x reduced, k}. */
    private static float[] reduceF(float x, float[] special) {
        int ix = Float.floatToRawIntBits(x);
        int k = 0;
        if (Integer.compareUnsigned(ix, 0x00800000) < 0 || ix >>> 31 != 0) {
            if (ix << 1 == 0) {
                special[0] = Float.NEGATIVE_INFINITY;
                return null;
            }
            if (ix >>> 31 != 0) {
                special[0] = Float.NaN;
                return null;
            }
            k -= 25;
            x *= 0x1.0p25f;
            ix = Float.floatToRawIntBits(x);
        } else if (ix >= 0x7F800000) {
            special[0] = x;
            return null;
        } else if (ix == 0x3F800000) {
            special[0] = 0;
            return null;
        }
        ix += 0x3F800000 - 0x3F3504F3;
        k += (ix >>> 23) - 0x7F;
        ix = (ix & 0x007FFFFF) + 0x3F3504F3;
        return new float[] {Float.intBitsToFloat(ix), k};
    }

    static float logf(float x) {
        final float ln2_hi = 6.9313812256e-01f, ln2_lo = 9.0580006145e-06f;
        float[] sp = new float[1];
        float[] red = reduceF(x, sp);
        if (red == null) return sp[0];
        x = red[0];
        float f = x - 1.0f;
        float s = f / (2.0f + f);
        float z = s * s;
        float w = z * z;
        float t1 = w * (LG2F + w * LG4F);
        float t2 = z * (LG1F + w * LG3F);
        float R = t2 + t1;
        float hfsq = 0.5f * f * f;
        float dk = red[1];
        return s * (hfsq + R) + dk * ln2_lo - hfsq + f + dk * ln2_hi;
    }

    static float log2f(float x) {
        final float ivln2hi = 1.4428710938e+00f, ivln2lo = -1.7605285393e-04f;
        float[] sp = new float[1];
        float[] red = reduceF(x, sp);
        if (red == null) return sp[0];
        x = red[0];
        float f = x - 1.0f;
        float s = f / (2.0f + f);
        float z = s * s;
        float w = z * z;
        float t1 = w * (LG2F + w * LG4F);
        float t2 = z * (LG1F + w * LG3F);
        float R = t2 + t1;
        float hfsq = 0.5f * f * f;
        float hi = Float.intBitsToFloat(Float.floatToRawIntBits(f - hfsq) & 0xFFFFF000);
        float lo = f - hi - hfsq + s * (hfsq + R);
        return (lo + hi) * ivln2lo + lo * ivln2hi + hi * ivln2hi + red[1];
    }

    static float log10f(float x) {
        final float ivln10hi = 4.3432617188e-01f, ivln10lo = -3.1689971365e-05f, log10_2hi = 3.0102920532e-01f, log10_2lo = 7.9034151668e-07f;
        float[] sp = new float[1];
        float[] red = reduceF(x, sp);
        if (red == null) return sp[0];
        x = red[0];
        float f = x - 1.0f;
        float s = f / (2.0f + f);
        float z = s * s;
        float w = z * z;
        float t1 = w * (LG2F + w * LG4F);
        float t2 = z * (LG1F + w * LG3F);
        float R = t2 + t1;
        float hfsq = 0.5f * f * f;
        float hi = Float.intBitsToFloat(Float.floatToRawIntBits(f - hfsq) & 0xFFFFF000);
        float lo = f - hi - hfsq + s * (hfsq + R);
        float dk = red[1];
        return dk * log10_2lo + (lo + hi) * ivln10lo + lo * ivln10hi + hi * ivln10hi + dk * log10_2hi;
    }

    /**
     * The f64 logs' common start: null when the answer is special (in special[0]), else
     * {x reduced, k}. {@code scaledBits}: log10 reads the scaled subnormal's bits; compiler-rt's
     * log and log2 read the unscaled ones.
     */
    private static double[] reduce(double x, double[] special, boolean scaledBits) {
        long ix = Double.doubleToRawLongBits(x);
        int hx = (int) (ix >>> 32);
        int k = 0;
        if (Integer.compareUnsigned(hx, 0x00100000) < 0 || hx >>> 31 != 0) {
            if (ix << 1 == 0) {
                special[0] = Double.NEGATIVE_INFINITY;
                return null;
            }
            if (hx >>> 31 != 0) {
                special[0] = Double.NaN;
                return null;
            }
            k -= 54;
            x *= 0x1.0p54;
            hx = (int) ((scaledBits ? Double.doubleToRawLongBits(x) : ix) >>> 32);
        } else if (hx >= 0x7FF00000) {
            special[0] = x;
            return null;
        } else if (hx == 0x3FF00000 && ix << 32 == 0) {
            special[0] = 0;
            return null;
        }
        hx += 0x3FF00000 - 0x3FE6A09E;
        k += (hx >>> 20) - 0x3FF;
        hx = (hx & 0x000FFFFF) + 0x3FE6A09E;
        ix = (Integer.toUnsignedLong(hx) << 32) | (ix & 0xFFFFFFFFL);
        return new double[] {Double.longBitsToDouble(ix), k};
    }

    /** reduce() as musl's log10 does it: a subnormal is scaled, its bits all read again (sign cases are the caller's). */
    private static double[] reduceMusl(double x, double[] special) {
        if (x != 0 && Math.abs(x) < Double.MIN_NORMAL && x > 0) {
            double[] red = reduce(x * 0x1.0p54, special, true);
            if (red != null) red[1] -= 54;
            return red;
        }
        return reduce(x, special, true);
    }

    static double log(double x) {
        final double ln2_hi = 6.93147180369123816490e-01, ln2_lo = 1.90821492927058770002e-10;
        double[] sp = new double[1];
        double[] red = reduce(x, sp, false);
        if (red == null) return sp[0];
        x = red[0];
        double f = x - 1.0;
        double hfsq = 0.5 * f * f;
        double s = f / (2.0 + f);
        double z = s * s;
        double w = z * z;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        double R = t2 + t1;
        double dk = red[1];
        return s * (hfsq + R) + dk * ln2_lo - hfsq + f + dk * ln2_hi;
    }

    static double log2(double x) {
        final double ivln2hi = 1.44269504072144627571e+00, ivln2lo = 1.67517131648865118353e-10;
        double[] sp = new double[1];
        double[] red = reduce(x, sp, true);
        if (red == null) return sp[0];
        x = red[0];
        double f = x - 1.0;
        double hfsq = 0.5 * f * f;
        double s = f / (2.0 + f);
        double z = s * s;
        double w = z * z;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        double R = t2 + t1;
        double hi = Double.longBitsToDouble(Double.doubleToRawLongBits(f - hfsq) & 0xFFFFFFFF00000000L);
        double lo = f - hi - hfsq + s * (hfsq + R);
        double valHi = hi * ivln2hi;
        double valLo = (lo + hi) * ivln2lo + lo * ivln2hi;
        double y = red[1];
        double ww = y + valHi;
        valLo += (y - ww) + valHi;
        valHi = ww;
        return valLo + valHi;
    }

    static double log10(double x) {
        return log10(x, false);
    }

    /** {@code musl}: musl's log10, which reads a scaled subnormal's low bits too (compiler-rt keeps the unscaled ones). */
    static double log10(double x, boolean musl) {
        final double ivln10hi = 4.34294481878168880939e-01, ivln10lo = 2.50829467116452752298e-11,
                log10_2hi = 3.01029995663611771306e-01, log10_2lo = 3.69423907715893078616e-13;
        double[] sp = new double[1];
        double[] red = musl ? reduceMusl(x, sp) : reduce(x, sp, true);
        if (red == null) return sp[0];
        x = red[0];
        double f = x - 1.0;
        double hfsq = 0.5 * f * f;
        double s = f / (2.0 + f);
        double z = s * s;
        double w = z * z;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        double R = t2 + t1;
        double hi = Double.longBitsToDouble(Double.doubleToRawLongBits(f - hfsq) & 0xFFFFFFFF00000000L);
        double lo = f - hi - hfsq + s * (hfsq + R);
        double valHi = hi * ivln10hi;
        double dk = red[1];
        double y = dk * log10_2hi;
        double valLo = dk * log10_2lo + (lo + hi) * ivln10lo + lo * ivln10hi;
        double ww = y + valHi;
        valLo += (y - ww) + valHi;
        valHi = ww;
        return valLo + valHi;
    }
}
