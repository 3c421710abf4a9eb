package org.heaplab.alloc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lab's memory of blocks: sites kept, the most specific block found, and bounded growth. */
class BlockHistoryTest {
    private static StackTrace at(long... addresses) { return new StackTrace(addresses); }

    @Test
    void remembersWhereABlockWasAllocatedAndFreed() {
        var h = new BlockHistory();
        h.allocated(0, "page_allocator", 0x1000, 4096, at(0x10));
        h.allocated(7, "DebugAllocator", 0x1040, 16, at(0x20, 0x21));
        h.freed(7, 0x1040, at(0x30));
        BlockHistory.Block b = h.blockAt(0x1048);
        assertThat(b.kind()).isEqualTo("DebugAllocator");
        assertThat(b.address()).isEqualTo(0x1040);
        assertThat(b.allocTrace().addresses()).containsExactly(0x20, 0x21);
        assertThat(b.live()).isFalse();
        assertThat(b.freeTrace().addresses()).containsExactly(0x30);
        // outside the slot, the page is the block
        assertThat(h.blockAt(0x1100).kind()).isEqualTo("page_allocator");
        assertThat(h.blockAt(0x9000)).isNull();
    }

    @Test
    void followsAResizeThatMovesTheBlock() {
        var h = new BlockHistory();
        h.allocated(1, "DebugAllocator", 0x2000, 64, at(0x1));
        h.resized(1, 0x2000, 0x8000, 256);
        assertThat(h.blockAt(0x80f0).length()).isEqualTo(256);
        h.freed(1, 0x8000, at(0x2));
        assertThat(h.blockAt(0x8000).live()).isFalse();
    }

    @Test
    void keepsEveryLiveBlockAndTheRecentFreedOnesWhenManyComeAndGo() {
        var h = new BlockHistory();
        h.allocated(1, "DebugAllocator", 0x10, 8, at(0x1));
        int n = BlockHistory.MAX_FREED * 3;
        for (int i = 0; i < n; i++) {
            long addr = 0x100000L + 16L * i;
            h.allocated(1, "DebugAllocator", addr, 8, at(0x2));
            h.freed(1, addr, at(0x3));
        }
        assertThat(h.size()).isLessThanOrEqualTo(BlockHistory.MAX_FREED + 1);
        assertThat(h.liveBlocks()).extracting(BlockHistory.Block::address).containsExactly(0x10L);
        long newest = 0x100000L + 16L * (n - 1);
        assertThat(h.blockAt(newest).freeTrace().addresses()).containsExactly(0x3);
        assertThat(h.blockAt(0x100000L)).isNull();
        // the live block can still be freed after the forgetting
        h.freed(1, 0x10, at(0x4));
        assertThat(h.blockAt(0x10).freeTrace().addresses()).containsExactly(0x4);
    }
}
