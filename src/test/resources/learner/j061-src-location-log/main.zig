const std = @import("std");

fn trace(comptime src: std.builtin.SourceLocation, comptime fmt: []const u8, args: anytype) void {
    std.debug.print("[{s}:{d} {s}] " ++ fmt ++ "\n", .{ src.file, src.line, src.fn_name } ++ args);
}

const Counter = struct {
    n: u32 = 0,

    fn bump(self: *Counter) void {
        self.n += 1;
        trace(@src(), "n is now {d}", .{self.n});
    }
};

pub fn main() void {
    var c = Counter{};
    trace(@src(), "start", .{});
    c.bump();
    c.bump();
    const here = @src();
    std.debug.print("{s} line {d} column {d} module {s}\n", .{ here.fn_name, here.line, here.column, here.module });
    std.debug.print("{s}\n", .{@typeName(@TypeOf(here))});
}

test "src in a test" {
    const s = @src();
    try std.testing.expectEqualStrings("test.src in a test", s.fn_name);
    try std.testing.expectEqual(@as(u32, 27), s.line);
}
