package org.heaplab.runtime;

/**
 * Zig's integer arithmetic on normalized 64-bit registers: results wrap, saturate or panic
 * with "integer overflow" according to the operator and the integer type ({@link org.heaplab.runtime.code.Operand#tk}).
 */
final class Ints {
    private Ints() {}

    /** Brings a value into the range of its type: sign-extended or zero-extended from the type's width. */
    static long norm(long v, int tk) {
        int bits = tk & 0xFF;
        if (bits >= 64) return v;
        if ((tk & 0x100) != 0) {
            int s = 64 - bits;
            return (v << s) >> s;
        }
        return v & ((1L << bits) - 1);
    }

    static ZigPanic overflow() { return new ZigPanic("integer overflow"); }

    /** Zig's bounds check of an index. */
    static void checkIndex(long i, long len) {
        if (Long.compareUnsigned(i, len) >= 0) {
            throw new ZigPanic("index out of bounds: index " + Long.toUnsignedString(i) + ", len " + Long.toUnsignedString(len));
        }
    }

    // the 64-bit forms the VM's loop runs (u64 and usize, i64 and isize), without a type code to decode

    static long addU64(long a, long b) {
        long r = a + b;
        if (Long.compareUnsigned(r, a) < 0) throw overflow();
        return r;
    }

    static long subU64(long a, long b) {
        if (Long.compareUnsigned(a, b) < 0) throw overflow();
        return a - b;
    }

    static long mulU64(long a, long b) {
        if (Math.unsignedMultiplyHigh(a, b) != 0) throw overflow();
        return a * b;
    }

    static long addI64(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) throw overflow();
        return r;
    }

    static long subI64(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) throw overflow();
        return r;
    }

    static long add(long a, long b, int tk) {
        long r = a + b;
        int bits = tk & 0xFF;
        if (bits >= 64) {
            if ((tk & 0x100) != 0) {
                if (((a ^ r) & (b ^ r)) < 0) throw overflow();
            } else if (Long.compareUnsigned(r, a) < 0) {
                throw overflow();
            }
            return r;
        }
        if (norm(r, tk) != r) throw overflow();
        return r;
    }

    static long sub(long a, long b, int tk) {
        long r = a - b;
        int bits = tk & 0xFF;
        if (bits >= 64) {
            if ((tk & 0x100) != 0) {
                if (((a ^ b) & (a ^ r)) < 0) throw overflow();
            } else if (Long.compareUnsigned(a, b) < 0) {
                throw overflow();
            }
            return r;
        }
        if (norm(r, tk) != r) throw overflow();
        return r;
    }

    static long mul(long a, long b, int tk) {
        int bits = tk & 0xFF;
        boolean signed = (tk & 0x100) != 0;
        long r = a * b;
        if (bits <= 32) {
            if (norm(r, tk) != r) throw overflow();
            return r;
        }
        if (signed) {
            if (Math.multiplyHigh(a, b) != (r >> 63)) throw overflow();
        } else if (Math.unsignedMultiplyHigh(a, b) != 0) {
            throw overflow();
        }
        if (bits < 64 && norm(r, tk) != r) throw overflow();
        return r;
    }

    static long min(int tk) {
        int bits = tk & 0xFF;
        if ((tk & 0x100) == 0) return 0;
        return bits >= 64 ? Long.MIN_VALUE : -(1L << (bits - 1));
    }

    static long max(int tk) {
        int bits = tk & 0xFF;
        if ((tk & 0x100) != 0) return bits >= 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1;
        return bits >= 64 ? -1L : (1L << bits) - 1;
    }

    static int compare(long a, long b, int tk) {
        return (tk & 0x100) != 0 ? Long.compare(a, b) : Long.compareUnsigned(a, b);
    }

    static long saturate(long a, long b, int tk, int op) {
        try {
            return switch (op) {
                case 0 -> add(a, b, tk);
                case 1 -> sub(a, b, tk);
                default -> mul(a, b, tk);
            };
        } catch (ZigPanic e) {
            boolean signed = (tk & 0x100) != 0;
            boolean negative = switch (op) {
                case 0 -> signed && a < 0 && b < 0;
                case 1 -> signed ? a < b && a < 0 : true;
                default -> signed && ((a < 0) != (b < 0));
            };
            return negative ? min(tk) : max(tk);
        }
    }

    static long div(long a, long b, int tk, int mode) {
        if (b == 0) throw new ZigPanic("division by zero");
        boolean signed = (tk & 0x100) != 0;
        if (signed) {
            if (b == -1 && a == min(tk)) throw overflow();
            return switch (mode) {
                case 0 -> a / b;
                case 1 -> Math.floorDiv(a, b);
                default -> {
                    if (a % b != 0) throw new ZigPanic("exact division produced remainder");
                    yield a / b;
                }
            };
        }
        if (mode == 2 && Long.remainderUnsigned(a, b) != 0) throw new ZigPanic("exact division produced remainder");
        return Long.divideUnsigned(a, b);
    }

    static long rem(long a, long b, int tk, boolean floor) {
        boolean signed = (tk & 0x100) != 0;
        // Zig checks only the zero divisor (its panic says "division by zero"); @rem and @mod take a negative one
        if (b == 0) throw new ZigPanic("division by zero");
        if (!signed) return Long.remainderUnsigned(a, b);
        if (b == -1) return 0;
        return floor ? Math.floorMod(a, b) : a % b;
    }

    static long shl(long a, long b, int tk) {
        if (b >= (tk & 0xFF) || b < 0) return 0;
        return norm(a << b, tk);
    }

    static long shr(long a, long b, int tk) {
        if (b >= 64 || b < 0) return (tk & 0x100) != 0 && a < 0 ? -1 : 0;
        return (tk & 0x100) != 0 ? a >> b : a >>> b;
    }

    static long shlSat(long a, long b, int tk) {
        long r = shl(a, b, tk);
        if (b >= (tk & 0xFF) || shr(r, b, tk) != a) return a < 0 ? min(tk) : max(tk);
        return r;
    }

    /**
     * {@code @intCast}: the value if it fits the destination type, else Zig's panic. As Zig checks it, a destination
     * with fewer value bits (bits less the sign's) than the source reports every misfit, negatives too, as truncated
     * bits; only a cast that keeps the value bits and drops the sign reports a negative value as such.
     */
    static long intCast(long v, int srcTk, int dstTk) {
        boolean srcSigned = (srcTk & 0x100) != 0;
        boolean dstSigned = (dstTk & 0x100) != 0;
        int db = dstTk & 0xFF;
        if (srcSigned && v < 0) {
            if (!dstSigned) throw new ZigPanic(shrinks(srcTk, dstTk) ? "integer cast truncated bits" : "attempt to cast negative value to unsigned integer");
            if (db < 64 && v < -(1L << (db - 1))) throw new ZigPanic("integer cast truncated bits");
            return v;
        }
        boolean huge = !srcSigned && v < 0;
        if (huge) {
            if (dstSigned || db < 64) throw new ZigPanic("integer cast truncated bits");
            return v;
        }
        if (dstSigned ? db < 64 && v > (1L << (db - 1)) - 1 : db < 64 && v > (1L << db) - 1) {
            throw new ZigPanic("integer cast truncated bits");
        }
        return v;
    }

    /** Whether {@code dstTk} holds fewer value bits (the bits less the sign bit) than {@code srcTk}. */
    static boolean shrinks(int srcTk, int dstTk) {
        return (dstTk & 0xFF) - (dstTk >> 8 & 1) < (srcTk & 0xFF) - (srcTk >> 8 & 1);
    }

    /** Wrapping result and overflow bit of @addWithOverflow / @subWithOverflow / @mulWithOverflow. */
    static long[] withOverflow(long a, long b, int tk, int op) {
        if (op == 3) {
            // @shlWithOverflow: the shift amount is below the type's bits; overflow when bits shifted out
            long shifted = norm(a << b, tk);
            long back = (tk & 0x100) != 0 ? shifted >> b : shifted >>> b;
            return new long[] {shifted, back != a ? 1 : 0};
        }
        long wrapped = norm(switch (op) {
            case 0 -> a + b;
            case 1 -> a - b;
            default -> a * b;
        }, tk);
        boolean ovf;
        try {
            switch (op) {
                case 0 -> add(a, b, tk);
                case 1 -> sub(a, b, tk);
                default -> mul(a, b, tk);
            }
            ovf = false;
        } catch (ZigPanic e) {
            ovf = true;
        }
        return new long[] {wrapped, ovf ? 1 : 0};
    }

    static long mulHi(long a, long b, int tk) {
        int bits = tk & 0xFF;
        if (bits >= 64) return Math.unsignedMultiplyHigh(a, b);
        long lo = a * b;
        long hi = Math.unsignedMultiplyHigh(a, b);
        if (bits <= 32) return norm(lo >>> bits, tk);
        return norm((hi << (64 - bits)) | (lo >>> bits), tk);
    }

    static long rotl(long a, long b, int tk) {
        int bits = tk & 0xFF;
        long u = a & (bits >= 64 ? -1L : (1L << bits) - 1);
        int s = (int) Long.remainderUnsigned(b, bits);
        if (s == 0) return a;
        if (bits == 64) return Long.rotateLeft(a, s);
        return norm((u << s) | (u >>> (bits - s)), tk);
    }

    static long rotr(long a, long b, int tk) {
        int bits = tk & 0xFF;
        int s = (int) Long.remainderUnsigned(b, bits);
        return rotl(a, bits - s, tk);
    }
}
