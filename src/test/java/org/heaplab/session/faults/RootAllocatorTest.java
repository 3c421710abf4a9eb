package org.heaplab.session.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.heaplab.runtime.FaultPlan;
import org.heaplab.session.RunSettings;
import org.heaplab.session.Session;
import org.junit.jupiter.api.Test;

/**
 * Which allocator is a program's root (the one fault injection fails and comparison replaces),
 * and what replacing it does: the program's text stays, its calls reach the stand-in.
 */
class RootAllocatorTest {
    static RunFacts run(String program, Session.Mode mode, FaultPlan plan) {
        RunSettings s = RunSettings.defaults().withFaults(plan);
        return RunFacts.run(Session.compile("main.zig", program, mode, s), s);
    }

    static RunFacts run(String program, FaultPlan plan) { return run(program, Session.Mode.RUN, plan); }

    static final FaultPlan COUNT = new FaultPlan(Long.MAX_VALUE, 0, false, "root", FaultPlan.Substitute.NONE, 0);

    static String main(String body) {
        return "const std = @import(\"std\");\n\npub fn main() !void {\n" + body + "\n}\n";
    }

    @Test
    void theRootIsTheAllocatorTheProgramMadeFirstToOwnItsMemory() {
        // a debug allocator alone, and under an arena made over it
        assertThat(run(main("""
                    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
                    defer _ = gpa.deinit();
                    const a = try gpa.allocator().alloc(u8, 4);
                    gpa.allocator().free(a);"""), COUNT).rootKind()).isEqualTo("DebugAllocator");
        RunFacts overGpa = run(main("""
                    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
                    defer _ = gpa.deinit();
                    var arena = std.heap.ArenaAllocator.init(gpa.allocator());
                    defer arena.deinit();
                    _ = try arena.allocator().alloc(u8, 4);"""), COUNT);
        assertThat(overGpa.rootKind()).isEqualTo("DebugAllocator");
        assertThat(overGpa.requests()).hasSize(1); // the arena's one buffer
        // an arena over the page allocator is the root itself; so is the page allocator used directly
        assertThat(run(main("""
                    var arena = std.heap.ArenaAllocator.init(std.heap.page_allocator);
                    defer arena.deinit();
                    _ = try arena.allocator().alloc(u8, 4);"""), COUNT).rootKind()).isEqualTo("ArenaAllocator");
        assertThat(run(main("""
                    const a = try std.heap.page_allocator.alloc(u8, 4);
                    std.heap.page_allocator.free(a);"""), COUNT).rootKind()).isEqualTo("PageAllocator");
        // std.testing.allocator in a test
        RunFacts test = run("""
                const std = @import("std");
                test "one" {
                    const a = try std.testing.allocator.alloc(u8, 4);
                    std.testing.allocator.free(a);
                }
                """, Session.Mode.TEST, COUNT);
        assertThat(test.rootKind()).isEqualTo("DebugAllocator");
        assertThat(test.requests()).hasSize(1);
    }

    @Test
    void aProgramThatMakesNoAllocationHasNoRootAndRunsAsWritten() {
        RunFacts f = run(main("    std.debug.print(\"hi\\n\", .{});"), FaultPlan.failing(1, true));
        assertThat(f.rootKind()).isEqualTo("none");
        assertThat(f.requests()).isEmpty();
        assertThat(f.stderr()).isEqualTo("hi\n");
        assertThat(f.clean()).isTrue();
    }

    @Test
    void replacingTheRootSendsItsCallsToTheStandIn() {
        String leaky = main("""
                    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
                    defer _ = gpa.deinit();
                    const a = try gpa.allocator().alloc(u8, 24);
                    std.debug.print("{d}\\n", .{a.len});""");
        for (var s : List.of(FaultPlan.Substitute.ARENA, FaultPlan.Substitute.PAGE, FaultPlan.Substitute.C, FaultPlan.Substitute.POOL)) {
            RunFacts f = run(leaky, FaultPlan.replacing(s, 0));
            assertThat(f.stderr()).as(s.label()).isEqualTo("24\n"); // the program's own allocator, never called, reports nothing
            assertThat(f.leakedBlocks()).as(s.label()).isEqualTo(1);
            assertThat(f.reportedLeaks()).as(s.label()).isZero();
        }
        RunFacts debug = run(leaky, FaultPlan.replacing(FaultPlan.Substitute.DEBUG, 0));
        assertThat(debug.reportedLeaks()).isEqualTo(1);
        assertThat(debug.stderr()).startsWith("24\nerror(gpa): memory address 0x").contains("main.zig:6:36: 0x");
        RunFacts fixed = run(leaky, FaultPlan.replacing(FaultPlan.Substitute.FIXED, 16));
        assertThat(fixed.exitCode()).isEqualTo(1);
        assertThat(fixed.stderr()).startsWith("error: OutOfMemory\n");
        assertThat(fixed.rootKind()).isEqualTo("FixedBufferAllocator");
    }

    @Test
    void failingTheNthOfAnotherAllocatorOfTheChain() {
        String twice = main("""
                    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
                    defer _ = gpa.deinit();
                    const a = try gpa.allocator().alloc(u8, 8);
                    defer gpa.allocator().free(a);
                    const b = try gpa.allocator().alloc(u8, 5000);
                    defer gpa.allocator().free(b);""");
        // the debug allocator's second page comes from the page allocator: fail that one
        RunFacts f = run(twice, new FaultPlan(2, 0, false, "page", FaultPlan.Substitute.NONE, 0));
        assertThat(f.exitCode()).isEqualTo(1);
        assertThat(f.stderr()).startsWith("error: OutOfMemory\nmain.zig:8:11: 0x");
        assertThat(f.injected()).isEqualTo(1);
        assertThat(f.clean()).isTrue();
    }
}
