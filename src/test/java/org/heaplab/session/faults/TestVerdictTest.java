package org.heaplab.session.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.heaplab.runtime.FaultPlan;
import org.heaplab.session.Session;
import org.junit.jupiter.api.Test;

/**
 * Under {@code zig test}, a run whose only failures are error.OutOfMemory took the failed
 * allocation well: the verdict comes from the test runner's tally, not from what was printed.
 */
class TestVerdictTest {
    private static final FaultPlan FAIL_FIRST = new FaultPlan(1, 0, false, "root", FaultPlan.Substitute.NONE, 0);

    private static String program(String error) {
        return """
                const std = @import("std");

                test "grows" {
                    std.debug.print("FAIL (this is printed, not a failure)\\n", .{});
                    const a = std.testing.allocator;
                    const b = a.alloc(u8, 8) catch %s;
                    defer a.free(b);
                }
                """.formatted(error);
    }

    @Test
    void outOfMemoryFailuresAreCleanWhateverTheTestsPrint() {
        RunFacts f = RootAllocatorTest.run(program("|e| return e"), Session.Mode.TEST, FAIL_FIRST);
        assertThat(f.stderr()).contains("FAIL (this is printed").contains("FAIL (OutOfMemory)");
        assertThat(f.verdict()).isEqualTo("clean");
        assertThat(f.clean()).isTrue();
    }

    @Test
    void anotherErrorIsNot() {
        RunFacts f = RootAllocatorTest.run(program("return error.Broken"), Session.Mode.TEST, FAIL_FIRST);
        assertThat(f.stderr()).contains("FAIL (Broken)");
        assertThat(f.clean()).isFalse();
    }
}
