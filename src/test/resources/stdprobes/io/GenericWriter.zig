const std = @import("std");

fn countBytes(total: *u32, bytes: []const u8) error{}!usize {
    total.* += @intCast(bytes.len);
    return bytes.len;
}

pub fn main() !void {
    const W = std.io.GenericWriter(*u32, error{}, countBytes);
    var total: u32 = 0;
    const w: W = .{ .context = &total };
    try w.writeAll("abc");
    try w.print("{d}", .{12345});
    std.debug.print("total bytes: {d}\n", .{total});
}
