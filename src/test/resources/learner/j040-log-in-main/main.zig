const std = @import("std");
const net = std.log.scoped(.net);

pub fn main() void {
    std.log.info("starting {d} workers", .{3});
    std.log.debug("debug detail {s}", .{"x"});
    net.warn("retrying in {d}ms", .{250});
    net.err("connection refused: {s}:{d}", .{ "localhost", 8080 });
    std.log.err("{any}", .{[_]u8{ 1, 2 }});
    std.debug.print("done\n", .{});
}
