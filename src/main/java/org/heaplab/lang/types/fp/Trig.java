package org.heaplab.lang.types.fp;

/**
 * sin, cos and tan as Zig 0.14's compiler-rt computes them (lib/compiler_rt/sin.zig, cos.zig,
 * tan.zig, trig.zig, rem_pio2.zig, rem_pio2f.zig; ported from musl), so that the last bit of
 * every result is Zig's. Java's StrictMath uses fdlibm, whose kernels differ from musl's.
 * The code follows the Zig sources line by line; Java's float and double arithmetic is IEEE
 * single and double as Zig's is.
 */
final class Trig {
    private Trig() {}

    private static final double PIO2_1X = Double.longBitsToDouble(0x3FF921FB54442D18L);
    private static final double PIO2_2X = Double.longBitsToDouble(0x400921FB54442D18L);
    private static final double PIO2_3X = Double.longBitsToDouble(0x4012D97C7F3321D2L);
    private static final double PIO2_4X = Double.longBitsToDouble(0x401921FB54442D18L);

    // ---------------------------------------------------------------- f32

    static float sinf(float x) {
        int ix = Float.floatToRawIntBits(x);
        boolean sign = ix >>> 31 != 0;
        ix &= 0x7fffffff;
        if (ix <= 0x3f490fda) {
            if (ix < 0x39800000) return x;
            return sindf(x);
        }
        if (ix <= 0x407b53d1) {
            if (ix <= 0x4016cbe3) {
                return sign ? -cosdf(x + PIO2_1X) : cosdf(x - PIO2_1X);
            }
            return sindf(sign ? -(x + PIO2_2X) : -(x - PIO2_2X));
        }
        if (ix <= 0x40e231d5) {
            if (ix <= 0x40afeddf) {
                return sign ? cosdf(x + PIO2_3X) : -cosdf(x - PIO2_3X);
            }
            return sindf(sign ? x + PIO2_4X : x - PIO2_4X);
        }
        if (ix >= 0x7f800000) return x - x;
        double[] y = new double[1];
        int n = remPio2f(x, y);
        return switch (n & 3) {
            case 0 -> sindf(y[0]);
            case 1 -> cosdf(y[0]);
            case 2 -> sindf(-y[0]);
            default -> -cosdf(y[0]);
        };
    }

    static float cosf(float x) {
        int ix = Float.floatToRawIntBits(x);
        boolean sign = ix >>> 31 != 0;
        ix &= 0x7fffffff;
        if (ix <= 0x3f490fda) {
            if (ix < 0x39800000) return 1.0f;
            return cosdf(x);
        }
        if (ix <= 0x407b53d1) {
            if (ix > 0x4016cbe3) return -cosdf(sign ? x + PIO2_2X : x - PIO2_2X);
            return sign ? sindf(x + PIO2_1X) : sindf(PIO2_1X - x);
        }
        if (ix <= 0x40e231d5) {
            if (ix > 0x40afeddf) return cosdf(sign ? x + PIO2_4X : x - PIO2_4X);
            return sign ? sindf(-x - PIO2_3X) : sindf(x - PIO2_3X);
        }
        if (ix >= 0x7f800000) return x - x;
        double[] y = new double[1];
        int n = remPio2f(x, y);
        return switch (n & 3) {
            case 0 -> cosdf(y[0]);
            case 1 -> sindf(-y[0]);
            case 2 -> -cosdf(y[0]);
            default -> sindf(y[0]);
        };
    }

    static float tanf(float x) {
        int ix = Float.floatToRawIntBits(x);
        boolean sign = ix >>> 31 != 0;
        ix &= 0x7fffffff;
        if (ix <= 0x3f490fda) {
            if (ix < 0x39800000) return x;
            return tandf(x, false);
        }
        if (ix <= 0x407b53d1) {
            if (ix <= 0x4016cbe3) return tandf(sign ? x + PIO2_1X : x - PIO2_1X, true);
            return tandf(sign ? x + PIO2_2X : x - PIO2_2X, false);
        }
        if (ix <= 0x40e231d5) {
            if (ix <= 0x40afeddf) return tandf(sign ? x + PIO2_3X : x - PIO2_3X, true);
            return tandf(sign ? x + PIO2_4X : x - PIO2_4X, false);
        }
        if (ix >= 0x7f800000) return x - x;
        double[] y = new double[1];
        int n = remPio2f(x, y);
        return tandf(y[0], (n & 1) != 0);
    }

    // ---------------------------------------------------------------- f64

    static double sin(double x) {
        long ix = (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
        if (ix <= 0x3fe921fb) {
            if (ix < 0x3e500000) return x;
            return kSin(x, 0.0, 0);
        }
        if (ix >= 0x7ff00000) return x - x;
        double[] y = new double[2];
        int n = remPio2(x, y);
        return switch (n & 3) {
            case 0 -> kSin(y[0], y[1], 1);
            case 1 -> kCos(y[0], y[1]);
            case 2 -> -kSin(y[0], y[1], 1);
            default -> -kCos(y[0], y[1]);
        };
    }

    static double cos(double x) {
        long ix = (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
        if (ix <= 0x3fe921fb) {
            if (ix < 0x3e46a09e) return 1.0;
            return kCos(x, 0);
        }
        if (ix >= 0x7ff00000) return x - x;
        double[] y = new double[2];
        int n = remPio2(x, y);
        return switch (n & 3) {
            case 0 -> kCos(y[0], y[1]);
            case 1 -> -kSin(y[0], y[1], 1);
            case 2 -> -kCos(y[0], y[1]);
            default -> kSin(y[0], y[1], 1);
        };
    }

    static double tan(double x) {
        long ix = (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
        if (ix <= 0x3fe921fb) {
            if (ix < 0x3e400000) return x;
            return kTan(x, 0.0, false);
        }
        if (ix >= 0x7ff00000) return x - x;
        double[] y = new double[2];
        int n = remPio2(x, y);
        return kTan(y[0], y[1], (n & 1) != 0);
    }

    // ---------------------------------------------------------------- kernels (trig.zig)

    private static double kCos(double x, double y) {
        final double C1 = 4.16666666666666019037e-02, C2 = -1.38888888888741095749e-03, C3 = 2.48015872894767294178e-05,
                C4 = -2.75573143513906633035e-07, C5 = 2.08757232129817482790e-09, C6 = -1.13596475577881948265e-11;
        double z = x * x;
        double zs = z * z;
        double r = z * (C1 + z * (C2 + z * C3)) + zs * zs * (C4 + z * (C5 + z * C6));
        double hz = 0.5 * z;
        double w = 1.0 - hz;
        return w + (((1.0 - w) - hz) + (z * r - x * y));
    }

    private static float cosdf(double x) {
        final double C0 = -0x1ffffffd0c5e81.0p-54, C1 = 0x155553e1053a42.0p-57, C2 = -0x16c087e80f1e27.0p-62, C3 = 0x199342e0ee5069.0p-68;
        double z = x * x;
        double w = z * z;
        double r = C2 + z * C3;
        return (float) (((1.0 + z * C0) + w * C1) + (w * z) * r);
    }

    private static double kSin(double x, double y, int iy) {
        final double S1 = -1.66666666666666324348e-01, S2 = 8.33333333332248946124e-03, S3 = -1.98412698298579493134e-04,
                S4 = 2.75573137070700676789e-06, S5 = -2.50507602534068634195e-08, S6 = 1.58969099521155010221e-10;
        double z = x * x;
        double w = z * z;
        double r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
        double v = z * x;
        if (iy == 0) return x + v * (S1 + z * r);
        return x - ((z * (0.5 * y - v * r) - y) - v * S1);
    }

    private static float sindf(double x) {
        final double S1 = -0x15555554cbac77.0p-55, S2 = 0x111110896efbb2.0p-59, S3 = -0x1a00f9e2cae774.0p-65, S4 = 0x16cd878c3b46a7.0p-71;
        double z = x * x;
        double w = z * z;
        double r = S3 + z * S4;
        double s = z * x;
        return (float) ((x + s * (S1 + z * S2)) + s * w * r);
    }

    private static final double[] T = {
        3.33333333333334091986e-01, 1.33333333333201242699e-01, 5.39682539762260521377e-02, 2.18694882948595424599e-02,
        8.86323982359930005737e-03, 3.59207910759131235356e-03, 1.45620945432529025516e-03, 5.88041240820264096874e-04,
        2.46463134818469906812e-04, 7.81794442939557092300e-05, 7.14072491382608190305e-05, -1.85586374855275456654e-05,
        2.59073051863633712884e-05,
    };

    private static double kTan(double x, double y, boolean odd) {
        final double pio4 = 7.85398163397448278999e-01, pio4lo = 3.06161699786838301793e-17;
        int hx = (int) (Double.doubleToRawLongBits(x) >>> 32);
        boolean big = (hx & 0x7fffffff) >= 0x3FE59428;
        boolean sign = false;
        if (big) {
            sign = hx >>> 31 != 0;
            if (sign) {
                x = -x;
                y = -y;
            }
            x = (pio4 - x) + (pio4lo - y);
            y = 0.0;
        }
        double z = x * x;
        double w = z * z;
        double r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
        double v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
        double s = z * x;
        r = y + z * (s * (r + v) + y) + s * T[0];
        w = x + r;
        if (big) {
            s = 1 - 2 * (double) (odd ? 1 : 0);
            v = s - 2.0 * (x + (r - w * w / (w + s)));
            return sign ? -v : v;
        }
        if (!odd) return w;
        double w0 = Double.longBitsToDouble(Double.doubleToRawLongBits(w) & 0xffffffff00000000L);
        v = r - (w0 - x);
        double a = -1.0 / w;
        double a0 = Double.longBitsToDouble(Double.doubleToRawLongBits(a) & 0xffffffff00000000L);
        return a0 + a * (1.0 + a0 * w0 + a0 * v);
    }

    private static float tandf(double x, boolean odd) {
        final double T0 = 0x15554d3418c99f.0p-54, T1 = 0x1112fd38999f72.0p-55, T2 = 0x1b54c91d865afe.0p-57,
                T3 = 0x191df3908c33ce.0p-58, T4 = 0x185dadfcecf44e.0p-61, T5 = 0x1362b9bf971bcd.0p-59;
        double z = x * x;
        double r = T4 + z * T5;
        double t = T2 + z * T3;
        double w = z * z;
        double s = z * x;
        double u = T0 + z * T1;
        double r0 = (x + s * u) + (s * w) * (t + w * r);
        return (float) (odd ? -1.0 / r0 : r0);
    }

    // ---------------------------------------------------------------- argument reduction

    private static final double TOINT = 1.5 * 0x1p52;
    private static final double INVPIO2 = 6.36619772367581382433e-01;

    private static final double PIO4 = 0x1.921fb54442d18p-1;
    private static final double PIO2_1 = 1.57079632673412561417e+00, PIO2_1T = 6.07710050650619224932e-11;
    private static final double PIO2_2 = 6.07710050630396597660e-11, PIO2_2T = 2.02226624879595063154e-21;
    private static final double PIO2_3 = 2.02226624871116645580e-21, PIO2_3T = 8.47842766036889956997e-32;

    private static int medium(int ix, double x, double[] y) {
        double fn = x * INVPIO2 + TOINT - TOINT;
        int n = (int) fn;
        double r = x - fn * PIO2_1;
        double w = fn * PIO2_1T;
        if (r - w < -PIO4) {
            n -= 1;
            fn -= 1;
            r = x - fn * PIO2_1;
            w = fn * PIO2_1T;
        } else if (r - w > PIO4) {
            n += 1;
            fn += 1;
            r = x - fn * PIO2_1;
            w = fn * PIO2_1T;
        }
        y[0] = r - w;
        int ey = (int) ((Double.doubleToRawLongBits(y[0]) >>> 52) & 0x7ff);
        int ex = ix >>> 20;
        if (ex - ey > 16) {
            double t = r;
            w = fn * PIO2_2;
            r = t - w;
            w = fn * PIO2_2T - ((t - r) - w);
            y[0] = r - w;
            ey = (int) ((Double.doubleToRawLongBits(y[0]) >>> 52) & 0x7ff);
            if (ex - ey > 49) {
                t = r;
                w = fn * PIO2_3;
                r = t - w;
                w = fn * PIO2_3T - ((t - r) - w);
                y[0] = r - w;
            }
        }
        y[1] = (r - y[0]) - w;
        return n;
    }

    static int remPio2(double x, double[] y) {
        long ui = Double.doubleToRawLongBits(x);
        boolean sign = ui >>> 63 != 0;
        int ix = (int) ((ui >>> 32) & 0x7fffffff);
        double z;
        if (ix <= 0x400f6a7a) {
            if ((ix & 0xfffff) == 0x921fb) return medium(ix, x, y);
            if (ix <= 0x4002d97c) {
                if (!sign) {
                    z = x - PIO2_1;
                    y[0] = z - PIO2_1T;
                    y[1] = (z - y[0]) - PIO2_1T;
                    return 1;
                }
                z = x + PIO2_1;
                y[0] = z + PIO2_1T;
                y[1] = (z - y[0]) + PIO2_1T;
                return -1;
            }
            if (!sign) {
                z = x - 2 * PIO2_1;
                y[0] = z - 2 * PIO2_1T;
                y[1] = (z - y[0]) - 2 * PIO2_1T;
                return 2;
            }
            z = x + 2 * PIO2_1;
            y[0] = z + 2 * PIO2_1T;
            y[1] = (z - y[0]) + 2 * PIO2_1T;
            return -2;
        }
        if (ix <= 0x401c463b) {
            if (ix <= 0x4015fdbc) {
                if (ix == 0x4012d97c) return medium(ix, x, y);
                if (!sign) {
                    z = x - 3 * PIO2_1;
                    y[0] = z - 3 * PIO2_1T;
                    y[1] = (z - y[0]) - 3 * PIO2_1T;
                    return 3;
                }
                z = x + 3 * PIO2_1;
                y[0] = z + 3 * PIO2_1T;
                y[1] = (z - y[0]) + 3 * PIO2_1T;
                return -3;
            }
            if (ix == 0x401921fb) return medium(ix, x, y);
            if (!sign) {
                z = x - 4 * PIO2_1;
                y[0] = z - 4 * PIO2_1T;
                y[1] = (z - y[0]) - 4 * PIO2_1T;
                return 4;
            }
            z = x + 4 * PIO2_1;
            y[0] = z + 4 * PIO2_1T;
            y[1] = (z - y[0]) + 4 * PIO2_1T;
            return -4;
        }
        if (ix < 0x413921fb) return medium(ix, x, y);
        if (ix >= 0x7ff00000) {
            y[0] = x - x;
            y[1] = y[0];
            return 0;
        }
        ui = Double.doubleToRawLongBits(x);
        ui &= -1L >>> 12;
        ui |= (long) (0x3ff + 23) << 52;
        z = Double.longBitsToDouble(ui);
        double[] tx = new double[3];
        double[] ty = new double[2];
        int i = 0;
        while (i < 2) {
            tx[i] = (double) (int) z;
            z = (z - tx[i]) * 0x1p24;
            i += 1;
        }
        tx[i] = z;
        while (tx[i] == 0.0) i -= 1;
        int n = RemPio2Large.remPio2Large(tx, ty, (ix >>> 20) - (0x3ff + 23), i + 1, 1);
        if (sign) {
            y[0] = -ty[0];
            y[1] = -ty[1];
            return -n;
        }
        y[0] = ty[0];
        y[1] = ty[1];
        return n;
    }

    static int remPio2f(float x, double[] y) {
        final double pio4 = 0x1.921fb6p-1;
        final double pio2_1 = 1.57079631090164184570e+00, pio2_1t = 1.58932547735281966916e-08;
        int ui = Float.floatToRawIntBits(x);
        int ix = ui & 0x7fffffff;
        if (ix < 0x4dc90fdb) {
            double fn = (double) x * INVPIO2 + TOINT - TOINT;
            int n = (int) fn;
            y[0] = x - fn * pio2_1 - fn * pio2_1t;
            if (y[0] < -pio4) {
                n -= 1;
                fn -= 1;
                y[0] = x - fn * pio2_1 - fn * pio2_1t;
            } else if (y[0] > pio4) {
                n += 1;
                fn += 1;
                y[0] = x - fn * pio2_1 - fn * pio2_1t;
            }
            return n;
        }
        if (ix >= 0x7f800000) {
            y[0] = x - x;
            return 0;
        }
        boolean sign = ui >>> 31 != 0;
        int e0 = (ix >>> 23) - (0x7f + 23);
        ui = ix - (e0 << 23);
        double[] tx = {Float.intBitsToFloat(ui)};
        double[] ty = new double[1];
        int n = RemPio2Large.remPio2Large(tx, ty, e0, 1, 0);
        if (sign) {
            y[0] = -ty[0];
            return -n;
        }
        y[0] = ty[0];
        return n;
    }
}
