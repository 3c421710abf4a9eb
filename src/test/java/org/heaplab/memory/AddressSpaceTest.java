package org.heaplab.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Pages on demand, byte states, faults, and mappings that shrink or go away. */
class AddressSpaceTest {
    private static final long PAGE = AddressSpace.PAGE_SIZE;

    @Test
    void aPartialUnmapKeepsTheBytesOfThePagesThatStay() {
        var m = new AddressSpace(64L << 20);
        long a = m.map(AddressSpace.Region.HEAP, 4 * PAGE, PAGE, "test");
        m.store(a + 8, 8, 0x1122334455667788L);
        m.store(a + 3 * PAGE + 16, 4, 0xCAFE);
        m.unmap(a + PAGE, 2 * PAGE);
        assertThat(m.load(a + 8, 8)).isEqualTo(0x1122334455667788L);
        assertThat(m.load(a + 3 * PAGE + 16, 4)).isEqualTo(0xCAFE);
        assertThatThrownBy(() -> m.load(a + PAGE, 1)).isInstanceOf(MemoryFault.class);
        assertThatThrownBy(() -> m.load(a + 2 * PAGE + 100, 1)).isInstanceOf(MemoryFault.class);
    }

    @Test
    void aStateGivenToUntouchedPagesCostsNoPagesAndAppliesWhenTouched() {
        var m = new AddressSpace(64L << 20);
        long a = m.map(AddressSpace.Region.HEAP, 32 * PAGE, PAGE, "bucket");
        m.setState(a + 20 * PAGE + 100, 12 * PAGE - 100, ByteState.METADATA);
        assertThat(m.pageCount()).isZero();
        assertThat(m.state(a + 25 * PAGE)).isEqualTo(ByteState.METADATA);
        assertThat(m.state(a + 20 * PAGE + 99)).isEqualTo(ByteState.UNUSED);
        m.store(a + 25 * PAGE + 8, 8, 1, ByteState.METADATA);
        assertThat(m.pageCount()).isEqualTo(1);
        assertThat(m.state(a + 25 * PAGE)).isEqualTo(ByteState.METADATA);
        assertThat(m.state(a + 25 * PAGE + 8)).isEqualTo(ByteState.METADATA);
        m.store(a + 25 * PAGE + 64, 8, 2);
        assertThat(m.state(a + 25 * PAGE + 64)).isEqualTo(ByteState.DEFINED);
    }

    @Test
    void aReusedPageComesBackZeroedAndAddressesAreNeverReused() {
        var m = new AddressSpace(64L << 20);
        long a = m.map(AddressSpace.Region.HEAP, PAGE, PAGE, "first");
        m.fill(a, PAGE, (byte) 0x5A, ByteState.DEFINED);
        m.unmap(a, PAGE);
        long b = m.map(AddressSpace.Region.HEAP, PAGE, PAGE, "second");
        assertThat(b).isNotEqualTo(a);
        assertThat(m.load(b, 8)).isZero();
        assertThat(m.state(b)).isEqualTo(ByteState.UNUSED);
        assertThatThrownBy(() -> m.load(a, 1)).isInstanceOf(MemoryFault.class);
    }

    @Test
    void touchingMoreThanTheLimitStopsAndASingleHugeMappingFails() {
        var m = new AddressSpace(16 * PAGE);
        assertThat(m.map(AddressSpace.Region.HEAP, 17 * PAGE, PAGE, "too big")).isZero();
        long a = m.map(AddressSpace.Region.HEAP, 16 * PAGE, PAGE, "all");
        for (int i = 0; i < 16; i++) m.store(a + i * PAGE, 1, 1);
        long b = m.map(AddressSpace.Region.HEAP, 4 * PAGE, PAGE, "more");
        assertThatThrownBy(() -> m.store(b, 1, 1)).isInstanceOf(AddressSpace.MemoryLimitExceeded.class);
    }
}
