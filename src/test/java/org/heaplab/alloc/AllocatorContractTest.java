package org.heaplab.alloc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.heaplab.runtime.Machine;
import org.heaplab.session.RunSettings;
import org.heaplab.session.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One contract, every allocator: src/test/resources/contract/contract.zig checks alloc and
 * free, resize in place, remap, realloc, alignments up to the page size, zero-length requests
 * and out-of-memory as a value through the {@code Allocator} interface. Each allocator runs it
 * in a program of its own, which must print "contract ok" and exit 0; then nothing may be
 * left: no allocator in the chain holds a live block, and where a debug allocator is underneath
 * its deinit says {@code .ok}.
 */
class AllocatorContractTest {

    /** A name, the lines that make {@code al} (and tear it down), and whether it needs libc. */
    record Setup(String name, String make, boolean libc) {
        @Override
        public String toString() { return name; }
    }

    static final String GPA = """
                var gpa = std.heap.DebugAllocator(.{}){};
                defer std.debug.print("gpa: {s}\\n", .{@tagName(gpa.deinit())});
            """;

    static Stream<Setup> allocators() {
        return Stream.of(
                new Setup("page_allocator", "    const al = std.heap.page_allocator;\n", false),
                new Setup("DebugAllocator", GPA + "    const al = gpa.allocator();\n", false),
                new Setup("ArenaAllocator", GPA + """
                            var arena = std.heap.ArenaAllocator.init(gpa.allocator());
                            defer arena.deinit();
                            const al = arena.allocator();
                        """, false),
                new Setup("FixedBufferAllocator", """
                            var buffer: [64 * 1024]u8 = undefined;
                            var fba = std.heap.FixedBufferAllocator.init(&buffer);
                            const al = fba.allocator();
                        """, false),
                new Setup("ThreadSafeAllocator", GPA + """
                            var tsa = std.heap.ThreadSafeAllocator{ .child_allocator = gpa.allocator() };
                            const al = tsa.allocator();
                        """, false),
                new Setup("FailingAllocator", GPA + """
                            var failing = std.testing.FailingAllocator.init(gpa.allocator(), .{});
                            const al = failing.allocator();
                        """, false),
                new Setup("validationWrap", """
                            var validating = std.mem.validationWrap(std.heap.page_allocator);
                            const al = validating.allocator();
                        """, false),
                new Setup("c_allocator", "    const al = std.heap.c_allocator;\n", true),
                new Setup("user-written wrapper", GPA + """
                            var counting = Counting{ .parent = gpa.allocator() };
                            const al = counting.allocator();
                            defer std.debug.print("counted {d} calls\\n", .{counting.calls});
                        """, false));
    }

    static final String USER_WRAPPER = """

            const Counting = struct {
                parent: std.mem.Allocator,
                calls: usize = 0,

                fn allocator(self: *Counting) std.mem.Allocator {
                    return .{ .ptr = self, .vtable = &.{ .alloc = alloc, .resize = resize, .remap = remap, .free = free } };
                }
                fn alloc(ctx: *anyopaque, len: usize, alignment: std.mem.Alignment, ra: usize) ?[*]u8 {
                    const self: *Counting = @ptrCast(@alignCast(ctx));
                    self.calls += 1;
                    return self.parent.rawAlloc(len, alignment, ra);
                }
                fn resize(ctx: *anyopaque, m: []u8, alignment: std.mem.Alignment, n: usize, ra: usize) bool {
                    const self: *Counting = @ptrCast(@alignCast(ctx));
                    self.calls += 1;
                    return self.parent.rawResize(m, alignment, n, ra);
                }
                fn remap(ctx: *anyopaque, m: []u8, alignment: std.mem.Alignment, n: usize, ra: usize) ?[*]u8 {
                    const self: *Counting = @ptrCast(@alignCast(ctx));
                    self.calls += 1;
                    return self.parent.rawRemap(m, alignment, n, ra);
                }
                fn free(ctx: *anyopaque, m: []u8, alignment: std.mem.Alignment, ra: usize) void {
                    const self: *Counting = @ptrCast(@alignCast(ctx));
                    self.calls += 1;
                    self.parent.rawFree(m, alignment, ra);
                }
            };
            """;

    @ParameterizedTest(name = "{0}")
    @MethodSource("allocators")
    void everyAllocatorKeepsTheContractAndLeavesNothing(Setup setup) throws IOException {
        String body = Files.readString(Path.of("src/test/resources/contract/contract.zig"));
        String program = "const std = @import(\"std\");\n\npub fn main() !void {\n" + setup.make() + "    try contract(al);\n}\n\n"
                + body + USER_WRAPPER;
        var out = new StringBuilder();
        Session.Outcome o = Session.run("contract.zig", program, Session.Mode.RUN, RunSettings.defaults().withLinkLibc(setup.libc()),
                (fd, bytes) -> out.append(new String(bytes, StandardCharsets.UTF_8)));
        assertThat(o.exitCode()).as(out.toString()).isZero();
        assertThat(out.toString()).contains("contract ok\n");
        if (setup.make().contains("gpa")) assertThat(out.toString()).contains("gpa: ok\n");
        if (setup.name().startsWith("user")) assertThat(out.toString()).containsPattern("counted [1-9][0-9]* calls");

        Machine m = o.result().machine();
        List<AllocatorDescription> chain = m.allocators().describe();
        assertThat(chain).as("the allocator under test appears in the chain").isNotEmpty();
        for (AllocatorDescription d : chain) {
            if (d.kind().equals("PageAllocator") && setup.libc()) continue; // malloc keeps its chunk of pages, as libc does
            assertThat(d.liveBlocks()).as(d.kind() + " live blocks at the end\n" + o.allocatorReport()).isZero();
            assertThat(d.liveBytes()).as(d.kind() + " live bytes at the end").isZero();
        }
    }
}
