package org.heaplab.lang.types.fp;

/**
 * The reduction of a large argument modulo pi/2 of compiler-rt's rem_pio2_large.zig (fdlibm's
 * __kernel_rem_pio2, through musl), line by line; the bits of 2/pi are {@link Tables#IPIO2}.
 */
final class RemPio2Large {
    private RemPio2Large() {}

    private static final int[] INIT_JK = {3, 4, 4, 6};

    private static final double[] PIO2 = {
        1.57079625129699707031e+00, 7.54978941586159635335e-08, 5.39030252995776476554e-15, 3.28200341580791294123e-22,
        1.27065575308067607349e-29, 1.22933308981111328932e-36, 2.73370053816464559624e-44, 2.16741683877804819444e-51,
    };

    static int remPio2Large(double[] x, double[] y, int e0, int nx, int prec) {
        int[] ipio2 = Tables.IPIO2;
        int[] iq = new int[20];
        double[] f = new double[20];
        double[] fq = new double[20];
        double[] q = new double[20];
        int jk = INIT_JK[prec];
        int jp = jk;
        int jx = nx - 1;
        int jv = Math.floorDiv(e0 - 3, 24);
        if (jv < 0) jv = 0;
        int q0 = e0 - 24 * (jv + 1);
        int j = jv - jx;
        int m = jx + jk;
        int i;
        for (i = 0; i <= m; i++, j++) f[i] = j < 0 ? 0.0 : (double) ipio2[j];
        double fw;
        for (i = 0; i <= jk; i++) {
            fw = 0;
            for (j = 0; j <= jx; j++) fw += x[j] * f[jx + i - j];
            q[i] = fw;
        }
        int jz = jk;
        int n;
        int ih;
        double z;
        while (true) {
            i = 0;
            j = jz;
            z = q[jz];
            while (j > 0) {
                fw = (double) (int) (0x1p-24 * z);
                iq[i] = (int) (z - 0x1p24 * fw);
                z = q[j - 1] + fw;
                i++;
                j--;
            }
            z = Math.scalb(z, q0);
            z -= 8.0 * Math.floor(z * 0.125);
            n = (int) z;
            z -= (double) n;
            ih = 0;
            if (q0 > 0) {
                i = iq[jz - 1] >> (24 - q0);
                n += i;
                iq[jz - 1] -= i << (24 - q0);
                ih = iq[jz - 1] >> (23 - q0);
            } else if (q0 == 0) {
                ih = iq[jz - 1] >> 23;
            } else if (z >= 0.5) {
                ih = 2;
            }
            if (ih > 0) {
                n += 1;
                int carry = 0;
                for (i = 0; i < jz; i++) {
                    j = iq[i];
                    if (carry == 0) {
                        if (j != 0) {
                            carry = 1;
                            iq[i] = 0x1000000 - j;
                        }
                    } else {
                        iq[i] = 0xffffff - j;
                    }
                }
                if (q0 > 0) {
                    switch (q0) {
                        case 1 -> iq[jz - 1] &= 0x7fffff;
                        case 2 -> iq[jz - 1] &= 0x3fffff;
                        default -> throw new IllegalStateException("rem_pio2_large: q0 " + q0);
                    }
                }
                if (ih == 2) {
                    z = 1.0 - z;
                    if (carry != 0) z -= Math.scalb(1.0, q0);
                }
            }
            if (z == 0.0) {
                j = 0;
                for (i = jz - 1; i >= jk; i--) j |= iq[i];
                if (j == 0) {
                    int k = 1;
                    while (iq[jk - k] == 0) k++;
                    for (i = jz + 1; i <= jz + k; i++) {
                        f[jx + i] = (double) ipio2[jv + i];
                        fw = 0;
                        for (j = 0; j <= jx; j++) fw += x[j] * f[jx + i - j];
                        q[i] = fw;
                    }
                    jz += k;
                    continue;
                }
            }
            break;
        }
        if (z == 0.0) {
            jz -= 1;
            q0 -= 24;
            while (iq[jz] == 0) {
                jz -= 1;
                q0 -= 24;
            }
        } else {
            z = Math.scalb(z, -q0);
            if (z >= 0x1p24) {
                fw = (double) (int) (0x1p-24 * z);
                iq[jz] = (int) (z - 0x1p24 * fw);
                jz += 1;
                q0 += 24;
                iq[jz] = (int) fw;
            } else {
                iq[jz] = (int) z;
            }
        }
        fw = Math.scalb(1.0, q0);
        for (i = jz; i >= 0; i--) {
            q[i] = fw * (double) iq[i];
            fw *= 0x1p-24;
        }
        for (i = jz; i >= 0; i--) {
            fw = 0;
            for (int k = 0; k <= jp && k <= jz - i; k++) fw += PIO2[k] * q[i + k];
            fq[jz - i] = fw;
        }
        switch (prec) {
            case 0 -> {
                fw = 0.0;
                for (i = jz; i >= 0; i--) fw += fq[i];
                y[0] = ih == 0 ? fw : -fw;
            }
            case 1, 2 -> {
                fw = 0.0;
                for (i = jz; i >= 0; i--) fw += fq[i];
                y[0] = ih == 0 ? fw : -fw;
                fw = fq[0] - fw;
                for (i = 1; i <= jz; i++) fw += fq[i];
                y[1] = ih == 0 ? fw : -fw;
            }
            default -> {
                for (i = jz; i > 0; i--) {
                    fw = fq[i - 1] + fq[i];
                    fq[i] += fq[i - 1] - fw;
                    fq[i - 1] = fw;
                }
                for (i = jz; i > 1; i--) {
                    fw = fq[i - 1] + fq[i];
                    fq[i] += fq[i - 1] - fw;
                    fq[i - 1] = fw;
                }
                fw = 0;
                for (i = jz; i >= 2; i--) fw += fq[i];
                if (ih == 0) {
                    y[0] = fq[0];
                    y[1] = fq[1];
                    y[2] = fw;
                } else {
                    y[0] = -fq[0];
                    y[1] = -fq[1];
                    y[2] = -fw;
                }
            }
        }
        return n & 7;
    }
}
