package org.heaplab.lang.types.fp;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Zig's comptime_float arithmetic: binary128, rounded to nearest-even at 113 bits. */
class F128Test {
    private static String digits(F128 f) {
        Object[] d = f.shortestDigits();
        return new BigDecimal((BigInteger) d[0], -(int) d[1]).toString();
    }

    @Test
    void literalsReadAt113BitsAndRoundOnceToF64() {
        // the digits are those Zig prints for {d} of these comptime floats (cases/57-comptime-float-at-f128)
        F128 sum = F128.parse("0.1").add(F128.parse("0.2"));
        assertEquals(0.3, sum.toDouble(), 0.0); // through f64 arithmetic it would be 0.30000000000000004
        assertNotEquals(F128.parse("0.3"), sum);
        assertEquals("0.3333333333333333333333333333333333", digits(F128.parse("1").divide(F128.parse("3"))));
        assertEquals("3.1415926535897932384626433832795028", digits(F128.parse("3.14159265358979323846264338327950288419716939937510")));
    }

    @Test
    void hexLiteralsUnderscoresAndSigns() {
        assertEquals(12.0, F128.parse("0x1.8p3").toDouble());
        assertEquals(1000.5, F128.parse("1_000.5").toDouble());
        assertEquals(-2.5e-3, F128.parse("-2.5e-3").toDouble());
        assertTrue(F128.parse("-0.0").isNegative());
        assertNull(F128.parse("1.2.3"));
    }

    @Test
    void roundsHalfToEvenAtTheLastBit() {
        F128 one = F128.of(BigInteger.ONE);
        F128 halfUlp = F128.parse("0x1p-113");
        assertEquals(one, one.add(halfUlp)); // a tie goes to the even significand
        F128 threeHalves = F128.parse("0x1.8p-112");
        assertEquals(F128.parse("0x1.0000000000000000000000000002p0"), one.add(threeHalves)); // 1.5 ulp rounds up to 2 ulp
    }

    @Test
    void rangeEndsOverflowToInfinityAndUnderflowThroughSubnormals() {
        assertFalse(F128.parse("1e5000").isFinite());
        assertTrue(F128.parse("1e4000").isFinite()); // past f64, inside f128
        assertEquals(Double.POSITIVE_INFINITY, F128.parse("1e4000").toDouble());
        F128 tiny = F128.parse("0x1p-16494");
        assertTrue(tiny.isFinite());
        assertEquals(F128.ZERO, F128.parse("0x1p-16496"));
    }

    @Test
    void integralsAndExactIntegers() {
        F128 x = F128.parse("1e20").multiply(F128.parse("3"));
        assertTrue(x.isInteger());
        assertEquals(new BigInteger("300000000000000000000"), x.toBigInteger());
        assertEquals(-3.0, F128.parse("-2.5").roundHalfAway().toDouble());
        assertEquals(2.0, F128.parse("2.7").floor().toDouble());
        assertTrue(F128.parse("-0.5").trunc().isNegative());
        assertEquals(0.33333334f, F128.parse("1").divide(F128.parse("3")).toFloat());
    }
}
