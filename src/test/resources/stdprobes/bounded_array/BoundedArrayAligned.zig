const std = @import("std");

const B = std.BoundedArray(i32, 5);

fn show(label: []const u8, b: *const B) void {
    std.debug.print("{s}: {any} len {d}\n", .{ label, b.constSlice(), b.len });
}

pub fn main() !void {
    var b = try std.BoundedArrayAligned(u8, 16, 4).init(2);
    std.debug.print("aligned 16: {}\n", .{@intFromPtr(&b.buffer) % 16 == 0});
    std.debug.print("len {d} cap {d}\n", .{ b.len, b.capacity() });
    std.debug.print("slice type: {s}\n", .{@typeName(@TypeOf(b.slice()))});
}
