const std = @import("std");

const B = std.BoundedArray(i32, 5);

fn show(label: []const u8, b: *const B) void {
    std.debug.print("{s}: {any} len {d}\n", .{ label, b.constSlice(), b.len });
}

pub fn main() !void {
    std.debug.print("B: {d}\n", .{(B{}).capacity()});
    std.debug.print("full B: {d}\n", .{(try B.init(5)).capacity()});
    std.debug.print("u8 x 0: {d}\n", .{(std.BoundedArray(u8, 0){}).capacity()});
}
