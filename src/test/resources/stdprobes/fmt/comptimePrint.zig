const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    const s = fmt.comptimePrint("{s}-{d}", .{ "v", 42 });
    std.debug.print("[{s}] len {}\n", .{ s, s.len });
    const t = comptime fmt.comptimePrint("{x:0>4}", .{255});
    std.debug.print("[{s}]\n", .{t});
    std.debug.print("type: {}\n", .{@TypeOf(fmt.comptimePrint("ab", .{}))});
}
