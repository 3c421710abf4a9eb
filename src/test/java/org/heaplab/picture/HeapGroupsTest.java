package org.heaplab.picture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The picture's byte counts read as {@code %,d} writes them, without the formatter's cost. */
class HeapGroupsTest {
    @Test
    void groupsThousandsAsTheFormatterDoes() {
        long[] samples = {0, 7, 999, 1000, 1024, 10_239, 65_536, 999_999, 1_000_000, 123_456_789, Long.MAX_VALUE};
        for (long n : samples) assertThat(HeapGroups.grouped(n)).as("%d", n).isEqualTo(String.format(java.util.Locale.ROOT, "%,d", n));
    }

    @Test
    void sizesInTheirUnit() {
        assertThat(HeapGroups.bytes(10_239)).isEqualTo("10,239 B");
        assertThat(HeapGroups.bytes(40 * 1024)).isEqualTo("40 KiB");
        assertThat(HeapGroups.bytes(12L << 20)).isEqualTo("12 MiB");
        assertThat(HeapGroups.bytes(-1)).isEqualTo("?");
    }
}
