const std = @import("std");

const B = std.BoundedArray(i32, 5);

fn show(label: []const u8, b: *const B) void {
    std.debug.print("{s}: {any} len {d}\n", .{ label, b.constSlice(), b.len });
}

pub fn main() !void {
    const b = try B.fromSlice(&.{ 4, 5 });
    std.debug.print("{any} type {s}\n", .{ b.constSlice(), @typeName(@TypeOf(b.constSlice())) });
    std.debug.print("empty: {d}\n", .{(B{}).constSlice().len});
}
