package org.heaplab.runtime;

/**
 * Zig's {@code std.hash.Wyhash} (the final version of wyhash), one-shot. Zig's hash maps hash
 * their keys with it, so the order in which a Heap Lab program iterates a map is Zig's.
 */
final class Wyhash {
    private static final long[] SECRET = {0xa0761d6478bd642fL, 0xe7037ed1a0b428dbL, 0x8ebc6af09c88c6e3L, 0x589965cc75374cc3L};

    private Wyhash() {}

    private static long mix(long a, long b) {
        long lo = a * b;
        long hi = Math.unsignedMultiplyHigh(a, b);
        return lo ^ hi;
    }

    private static long read(byte[] in, int at, int bytes) {
        long v = 0;
        for (int i = bytes - 1; i >= 0; i--) v = (v << 8) | (in[at + i] & 0xFFL);
        return v;
    }

    static long hash(long seed, byte[] input) {
        long s0 = seed ^ mix(seed ^ SECRET[0], SECRET[1]);
        long s1 = s0;
        long s2 = s0;
        long a;
        long b;
        int len = input.length;
        if (len <= 16) {
            if (len >= 4) {
                int end = len - 4;
                int quarter = (len >>> 3) << 2;
                a = (read(input, 0, 4) << 32) | read(input, quarter, 4);
                b = (read(input, end, 4) << 32) | read(input, end - quarter, 4);
            } else if (len > 0) {
                a = ((input[0] & 0xFFL) << 16) | ((input[len >> 1] & 0xFFL) << 8) | (input[len - 1] & 0xFFL);
                b = 0;
            } else {
                a = 0;
                b = 0;
            }
        } else {
            int i = 0;
            if (len >= 48) {
                while (i + 48 < len) {
                    s0 = mix(read(input, i, 8) ^ SECRET[1], read(input, i + 8, 8) ^ s0);
                    s1 = mix(read(input, i + 16, 8) ^ SECRET[2], read(input, i + 24, 8) ^ s1);
                    s2 = mix(read(input, i + 32, 8) ^ SECRET[3], read(input, i + 40, 8) ^ s2);
                    i += 48;
                }
                s0 ^= s1 ^ s2;
            }
            // the last (at most 48) bytes in 16-byte steps, then the final 16 bytes of the input
            int rest = len - i;
            int j = 0;
            while (j + 16 < rest) {
                s0 = mix(read(input, i + j, 8) ^ SECRET[1], read(input, i + j + 8, 8) ^ s0);
                j += 16;
            }
            a = read(input, len - 16, 8);
            b = read(input, len - 8, 8);
        }
        a ^= SECRET[1];
        b ^= s0;
        long lo = a * b;
        long hi = Math.unsignedMultiplyHigh(a, b);
        return mix(lo ^ SECRET[0] ^ len, hi ^ SECRET[1]);
    }
}
