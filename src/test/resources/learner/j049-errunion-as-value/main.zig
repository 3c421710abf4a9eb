const std = @import("std");

fn parsePort(s: []const u8) !u16 {
    return std.fmt.parseInt(u16, s, 10);
}

pub fn main() void {
    const port: u16 = parsePort("8080");
    std.debug.print("port {d}\n", .{port});
}
