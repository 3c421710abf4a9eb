package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/**
 * {@code --explain}: after Zig's text, what happened in plain words, at which line, and which
 * block, for leaks, double frees, faults on freed or unmapped memory, and panics.
 */
class ExplainerTest {
    private record Run(String zigText, String explanation, int exitCode) {}

    private static Run run(String program) {
        var out = new ByteArrayOutputStream();
        Session.Outcome o = Session.run("main.zig", program, Session.Mode.RUN, RunSettings.defaults(), (fd, b) -> out.writeBytes(b));
        return new Run(out.toString(), Explainer.explain(o), o.exitCode());
    }

    @Test
    void leakNamesTheBlockAndTheLineThatAllocatedIt() {
        Run r = run("""
                const std = @import("std");
                pub fn main() !void {
                    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
                    defer _ = gpa.deinit();
                    const allocator = gpa.allocator();
                    const kept = try allocator.alloc(u8, 24);
                    _ = kept;
                }
                """);
        assertThat(r.zigText()).contains("error(gpa): memory address 0x").contains("leaked:");
        assertThat(r.explanation()).startsWith("Heap Lab explains:\n")
                .contains("1 block leaked (24 bytes)")
                .containsPattern("The block of 24 bytes at 0x7f[0-9a-f]+ was allocated at main\\.zig:6\\.");
    }

    @Test
    void doubleFreeNamesAllocationAndBothFrees() {
        Run r = run("""
                const std = @import("std");
                pub fn main() !void {
                    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
                    defer _ = gpa.deinit();
                    const allocator = gpa.allocator();
                    const a = try allocator.alloc(u8, 8);
                    const b = try allocator.alloc(u8, 8);
                    defer allocator.free(b);
                    allocator.free(a);
                    allocator.free(a);
                }
                """);
        assertThat(r.zigText()).contains("Double free detected.");
        assertThat(r.explanation())
                .containsPattern("The block at 0x7f[0-9a-f]+ \\(allocated at main\\.zig:6\\) was freed at main\\.zig:9 "
                        + "and then freed again at main\\.zig:10\\.");
    }

    @Test
    void useAfterFreeOfAnUnmappedBlockNamesTheFaultingLineTheBlockAndItsFree() {
        Run r = run("""
                const std = @import("std");
                pub fn main() !void {
                    const allocator = std.heap.page_allocator;
                    const buf = try allocator.alloc(u8, 100);
                    allocator.free(buf);
                    buf[3] = 1;
                }
                """);
        assertThat(r.exitCode()).isEqualTo(134);
        assertThat(r.zigText()).startsWith("Segmentation fault at address 0x");
        assertThat(r.explanation())
                .contains("It faulted at main.zig:6.")
                .containsPattern("touched the block of 100 bytes at 0x7f[0-9a-f]+ allocated at main\\.zig:4 and freed at main\\.zig:5")
                .contains("use after free");
    }

    @Test
    void useAfterFreeOnTheDebugAllocatorNamesTheSlotNotItsPage() {
        Run r = run("""
                const std = @import("std");
                pub fn main() !void {
                    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
                    defer _ = gpa.deinit();
                    const allocator = gpa.allocator();
                    const n = try allocator.create(u64);
                    allocator.destroy(n);
                    n.* = 5;
                }
                """);
        assertThat(r.exitCode()).isEqualTo(134);
        assertThat(r.explanation())
                .contains("It faulted at main.zig:8.")
                .containsPattern("touched the block of 8 bytes at 0x7f[0-9a-f]+ allocated at main\\.zig:6 and freed at main\\.zig:7");
    }

    @Test
    void faultOnMemoryNoAllocationHandedOutSaysSo() {
        Run r = run("""
                pub fn main() void {
                    const p: *u32 = @ptrFromInt(0x7f3b00000000);
                    p.* = 1;
                }
                """);
        assertThat(r.exitCode()).isEqualTo(134);
        assertThat(r.explanation()).contains("It faulted at main.zig:3.").contains("no allocation ever handed out");
    }

    @Test
    void nullPointerFaultSaysNull() {
        Run r = run("""
                pub fn main() void {
                    var addr: usize = 0;
                    _ = &addr;
                    const p: *u32 = @ptrFromInt(addr + 16);
                    p.* = 1;
                }
                """);
        assertThat(r.explanation()).contains("first page of memory").contains("null pointer");
    }

    @Test
    void panicSaysWhatAndWhere() {
        Run r = run("""
                const std = @import("std");
                pub fn main() void {
                    var items = [_]u8{ 1, 2, 3 };
                    var i: usize = 3;
                    _ = &i;
                    std.debug.print("{d}\\n", .{items[i]});
                    _ = &items;
                }
                """);
        assertThat(r.zigText()).startsWith("thread 4242 panic: index out of bounds: index 3, len 3");
        assertThat(r.explanation()).contains("It panicked at main.zig:6.").contains("indexed past the end");
    }

    @Test
    void aCleanRunHasNothingToExplain() {
        Run r = run("""
                const std = @import("std");
                pub fn main() void {
                    std.debug.print("fine\\n", .{});
                }
                """);
        assertThat(r.explanation()).isEmpty();
    }

    @Test
    void aPanicNamesItsKindTheValuesOnTheFailingLineAndItsLesson() {
        Run r = run("""
                const std = @import("std");
                pub fn main() void {
                    var total: u8 = 250;
                    var i: u8 = 0;
                    while (i < 10) : (i += 1) {
                        total += i;
                    }
                    std.debug.print("{}\\n", .{total});
                }
                """);
        assertThat(r.zigText()).startsWith("thread 4242 panic: integer overflow");
        assertThat(r.explanation()).contains("[Integer overflow] It panicked at main.zig:6.")
                .contains("Values on the failing line: total = 253, i = 3.")
                .contains("Fix: Use a wider type")
                .contains("Lesson: scenario 24-safety-checks.");
    }

    @Test
    void theValuesLeaveOutNamesInStringsAndCommentsAndKeepTheLineOrder() {
        var locals = java.util.List.of(local("b", "2"), local("a", "1"), local("s", "x"));
        assertThat(FailingLine.values(locals, "    const c = b / a; // s\n")).isEqualTo("b = 2, a = 1");
        assertThat(FailingLine.values(locals, "    print(\"s {d}\", .{a});\n")).isEqualTo("a = 1");
    }

    private static org.heaplab.trace.Snapshot.Local local(String name, String value) {
        return new org.heaplab.trace.Snapshot.Local("0:main/" + name, name, "u8", 0x1000, 1, value, 0, 0, false, java.util.List.of());
    }

    @Test
    void nullUnwrapAndReachedUnreachableAndDivisionByZeroEachHaveTheirAccount() {
        Run n = run("""
                pub fn main() void {
                    var p: ?*u8 = null;
                    _ = &p;
                    const v = p.?;
                    _ = v;
                }
                """);
        assertThat(n.explanation()).contains("[Null unwrapped]").contains("Values on the failing line: p = null")
                .contains("Lesson: scenario 25-optionals-null.");
        Run u = run("""
                fn f(x: u8) u8 {
                    if (x > 3) unreachable;
                    return x;
                }
                pub fn main() void {
                    _ = f(7);
                }
                """);
        assertThat(u.explanation()).contains("[Reached unreachable code]").contains("x = 7").contains("26-errors-traces");
        Run d = run("""
                pub fn main() void {
                    var a: u32 = 10;
                    var b: u32 = 0;
                    _ = .{ &a, &b };
                    const q = a / b;
                    _ = q;
                }
                """);
        assertThat(d.explanation()).contains("[Division by zero]").contains("a = 10, b = 0");
    }

    @Test
    void everyCompileErrorIsExplainedWithItsLesson() {
        Run r = run("""
                pub fn main() void {
                    const x = 5;
                    var y: u8 = 3;
                    _ = y;
                }
                """);
        assertThat(r.explanation()).contains("[Unused name] main.zig:2:11: unused local constant.")
                .contains("[var never mutated] main.zig:3:9: local variable is never mutated.")
                .contains("Lesson: scenario 03-alloc-free-defer.");
    }

    @Test
    void anErrorOutOfMainAndOutOfMemoryAreExplained() {
        Run r = run("""
                const std = @import("std");
                pub fn main() !void {
                    var buf: [16]u8 = undefined;
                    var fba = std.heap.FixedBufferAllocator.init(&buf);
                    _ = try fba.allocator().alloc(u8, 100);
                }
                """);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.explanation()).contains("[Out of memory] main returned error.OutOfMemory.").contains("15-fixed-buffer-runs-out");
    }

    @Test
    void aNonCanonicalAddressIsExplainedByTheFaultsKind() {
        Run r = run("""
                pub fn main() void {
                    var addr: usize = 0xaaaaaaaaaaaaaaaa;
                    _ = &addr;
                    const p: *u8 = @ptrFromInt(addr);
                    p.* = 1;
                }
                """);
        assertThat(r.zigText()).startsWith("General protection exception (no address available)\n");
        assertThat(r.explanation()).contains("It faulted at main.zig:5. The program used an address no pointer can hold.");
    }
}
