package org.heaplab.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.heaplab.runtime.AllocatorChain.Call;
import org.junit.jupiter.api.Test;

/** Stop reasons' words, their JSON both ways, and which allocator calls each event breakpoint stops at. */
class StopReasonTest {
    private static final List<StopReason> EVERY_KIND = List.of(
            new StopReason.Step(false), new StopReason.Step(true), new StopReason.Breakpoint(12), new StopReason.RunToLine(7),
            new StopReason.Paused(), new StopReason.Running(),
            new StopReason.Event(new EventBreakpoint.NthAllocation(3), 0x7f3ac0000000L, 16),
            new StopReason.Event(new EventBreakpoint.FreeOf(0x7f3ac0000040L), 0x7f3ac0000040L, 32),
            new StopReason.Event(new EventBreakpoint.AllocationOfAtLeast(100), 0x10, 128),
            new StopReason.Event(new EventBreakpoint.MovingResize(), 0x7f3ac0200000L, 10000),
            new StopReason.Event(new EventBreakpoint.FailedAllocation(), 0, 4096),
            new StopReason.Event(new EventBreakpoint.AnyMemoryError(), 0, 0),
            new StopReason.MemoryError(Snapshot.ErrorKind.DOUBLE_FREE, "Double free"),
            new StopReason.Travel("stepped back"), new StopReason.Watchpoint("`list.len`", "main.zig", 14),
            new StopReason.Finished(StopReason.Ending.EXITED, 0, null), new StopReason.Finished(StopReason.Ending.ERROR_RETURNED, 1, "Nope"),
            new StopReason.Finished(StopReason.Ending.LIMIT, 124, "it ran more than 1000 statements"),
            new StopReason.Unreadable(new StopReason.Breakpoint(3), "IllegalStateException"));

    @Test
    void theWordsAreTheOnesTheWindowAndTheScenariosShow() {
        assertThat(EVERY_KIND).extracting(StopReason::text).containsExactly("step", "step out", "breakpoint", "run to cursor", "paused",
                "running", "breakpoint: allocation number 3", "breakpoint: free of the block at 0x7f3ac0000040",
                "breakpoint: an allocation of 128 bytes (at least 100)", "breakpoint: a resize moved a block to 0x7f3ac0200000",
                "breakpoint: an allocation of 4096 bytes failed (it returned null: error.OutOfMemory)", "breakpoint: any memory error",
                "double free", "stepped back", "watchpoint: `list.len` written by main.zig:14", "exited with status 0",
                "main returned error.Nope", "stopped: it ran more than 1000 statements",
                "breakpoint (Heap Lab could not read the machine's state: IllegalStateException)");
        assertThat(new StopReason.Unreadable(new StopReason.Paused(), "x").cause()).isEqualTo(new StopReason.Paused());
    }

    @Test
    void everyKindRoundTripsThroughJson() throws Exception {
        for (StopReason r : EVERY_KIND) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) Json.parse(Json.write(r));
            assertThat(m.get("text")).isEqualTo(r.text());
            assertThat(StopReason.fromJson(m)).isEqualTo(r);
        }
        String json = Json.write(new StopReason.Event(new EventBreakpoint.FreeOf(0x40), 0x40, 8));
        assertThat(json).contains("\"type\": \"event\"").contains("\"type\": \"free-of\"").contains("\"address\": \"0x40\"");
    }

    @Test
    void aSnapshotWritesItsReasonWithItsKind() {
        var s = new Snapshot(5, Snapshot.RunState.PAUSED, new StopReason.Breakpoint(9), null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), 0, "", List.of(), null, -1, Snapshot.Changes.NONE);
        assertThat(s.reason()).isEqualTo("breakpoint");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) Json.parse(Json.write(s));
        assertThat(m.get("stop")).isEqualTo(Map.of("type", "breakpoint", "line", 9L, "text", "breakpoint"));
    }

    @Test
    void whatIsNotAStopReasonIsSaidSo() {
        assertThatThrownBy(() -> StopReason.fromJson(List.of())).isInstanceOf(StopReason.Invalid.class).hasMessageContaining("object");
        assertThatThrownBy(() -> StopReason.fromJson(Map.of("type", "teleported"))).isInstanceOf(StopReason.Invalid.class)
                .hasMessageContaining("unknown type teleported");
        assertThatThrownBy(() -> StopReason.fromJson(Map.of("type", "breakpoint", "line", "twelve"))).isInstanceOf(StopReason.Invalid.class)
                .hasMessageContaining("\"line\"");
        assertThatThrownBy(() -> StopReason.fromJson(Map.of("type", "breakpoint", "line", 1L << 40))).isInstanceOf(StopReason.Invalid.class)
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> StopReason.fromJson(Map.of("type", "finished", "ending", "evaporated", "exitCode", 0L)))
                .isInstanceOf(StopReason.Invalid.class).hasMessageContaining("\"ending\"");
        assertThatThrownBy(() -> StopReason.fromJson(Map.of("type", "event", "breakpoint", Map.of("type", "nth-allocation"), "address", "0xZZ",
                "bytes", 1L))).isInstanceOf(StopReason.Invalid.class);
    }

    private static Call call(Call.Op op, long address, long length, long newLength, boolean ok, int requester) {
        return new Call(1, 0, op, address, length, newLength, ok, requester, 0, 1);
    }

    @Test
    void eachEventBreakpointMatchesItsAllocatorCalls() {
        Call alloc = call(Call.Op.ALLOC, 0x1000, 128, 128, true, -1);
        Call parents = call(Call.Op.ALLOC, 0x1000, 128, 128, true, 0); // an allocator's own call to its parent
        Call refused = call(Call.Op.ALLOC, 0, 4096, 4096, false, -1);
        Call free = call(Call.Op.FREE, 0x1000, 128, 0, true, -1);
        Call inPlace = call(Call.Op.RESIZE, 0x1000, 128, 256, true, -1);
        Call moved = call(Call.Op.REMAP, 0x2000, 128, 4096, true, -1);

        assertThat(new EventBreakpoint.NthAllocation(2).matches(alloc, 2)).isTrue();
        assertThat(new EventBreakpoint.NthAllocation(2).matches(alloc, 3)).isFalse();
        assertThat(new EventBreakpoint.NthAllocation(2).matches(parents, 2)).isFalse();
        assertThat(new EventBreakpoint.AllocationOfAtLeast(100).matches(alloc, 1)).isTrue();
        assertThat(new EventBreakpoint.AllocationOfAtLeast(200).matches(alloc, 1)).isFalse();
        assertThat(new EventBreakpoint.AllocationOfAtLeast(100).matches(refused, 1)).isFalse();
        assertThat(new EventBreakpoint.FreeOf(0x1000).matches(free, 1)).isTrue();
        assertThat(new EventBreakpoint.FreeOf(0x1000).matches(alloc, 1)).isFalse();
        assertThat(new EventBreakpoint.FreeOf(0x2000).matches(free, 1)).isFalse();
        assertThat(new EventBreakpoint.MovingResize().matches(moved, 1)).isTrue();
        assertThat(new EventBreakpoint.MovingResize().matches(inPlace, 1)).isFalse();
        assertThat(new EventBreakpoint.FailedAllocation().matches(refused, 1)).isTrue();
        assertThat(new EventBreakpoint.FailedAllocation().matches(alloc, 1)).isFalse();
        for (Call c : List.of(alloc, parents, refused, free, inPlace, moved)) {
            assertThat(new EventBreakpoint.AnyMemoryError().matches(c, 1)).isFalse();
        }
        assertThat(new EventBreakpoint.AnyMemoryError().onMemoryError()).isTrue();
        assertThat(EventBreakpoint.isProgramAllocation(alloc)).isTrue();
        assertThat(EventBreakpoint.isProgramAllocation(parents)).isFalse();
        assertThat(EventBreakpoint.isProgramAllocation(refused)).isFalse();
    }
}
