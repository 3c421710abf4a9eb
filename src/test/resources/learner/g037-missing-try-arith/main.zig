const std = @import("std");

fn parsePort(s: []const u8) !u16 {
    return std.fmt.parseInt(u16, s, 10);
}

pub fn main() void {
    const port = parsePort("8080");
    const next = port + 1;
    std.debug.print("{d}\n", .{next});
}
