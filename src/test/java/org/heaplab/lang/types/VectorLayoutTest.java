package org.heaplab.lang.types;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Vector sizes, alignments and memory layouts as Zig 0.14 gives them on x86_64 (checked with zig). */
class VectorLayoutTest {
    private static Type.Vector vec(long n, Type child) { return new Type.Vector(n, child); }

    @Test
    void sizeIsTheElementsBitsRoundedUpToAPowerOfTwoBytesAndIsTheAlignment() {
        Type f32 = new Type.Float(32);
        Type u8 = new Type.Int(8, false);
        assertThat(Layout.sizeOf(vec(3, f32))).isEqualTo(16);
        assertThat(Layout.alignOf(vec(3, f32))).isEqualTo(16);
        assertThat(Layout.sizeOf(vec(3, u8))).isEqualTo(4);
        assertThat(Layout.sizeOf(vec(100, u8))).isEqualTo(128);
        assertThat(Layout.sizeOf(vec(5, new Type.Int(64, false)))).isEqualTo(64);
        assertThat(Layout.sizeOf(vec(2, new Type.Pointer(Type.PtrSize.ONE, u8, false)))).isEqualTo(16);
        assertThat(Layout.sizeOf(vec(3, new Type.Int(24, false)))).isEqualTo(16);
        assertThat(Layout.sizeOf(vec(0, u8))).isZero();
        assertThat(Layout.alignOf(vec(0, u8))).isEqualTo(1);
    }

    @Test
    void boolsAndOddIntegersArePackedBitAfterBit() {
        Type bool = new Type.Bool();
        assertThat(Layout.sizeOf(vec(4, bool))).isEqualTo(1);
        assertThat(Layout.sizeOf(vec(16, bool))).isEqualTo(2);
        assertThat(Layout.sizeOf(vec(3, new Type.Int(3, false)))).isEqualTo(2);
        assertThat(Layout.isBitPackedVector(vec(4, bool))).isTrue();
        assertThat(Layout.isBitPackedVector(vec(3, new Type.Int(24, false)))).isTrue();
        assertThat(Layout.isBitPackedVector(vec(3, new Type.Float(32)))).isFalse();
        assertThat(Packed.bitSize(vec(3, new Type.Int(3, false)))).isEqualTo(9);
    }

    @Test
    void theNameIsZigs() {
        assertThat(vec(3, new Type.Float(32)).name()).isEqualTo("@Vector(3, f32)");
    }
}
