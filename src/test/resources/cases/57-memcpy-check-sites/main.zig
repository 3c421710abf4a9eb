const std = @import("std");

fn setName(buf: []u8, name: []const u8) void {
    @memcpy(buf[0..name.len], name);
}

pub fn main() void {
    var buf: [8]u8 = undefined;
    setName(&buf, "ziggy");
    std.debug.print("{s}\n", .{buf[0..5]});
    var n: usize = 9;
    _ = &n;
    const long = "ferris-the-crab";
    @memcpy(buf[0..], long[0..n]);
}
