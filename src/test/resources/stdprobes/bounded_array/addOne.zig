const std = @import("std");

const B = std.BoundedArray(i32, 5);

fn show(label: []const u8, b: *const B) void {
    std.debug.print("{s}: {any} len {d}\n", .{ label, b.constSlice(), b.len });
}

pub fn main() !void {
    var b = try B.fromSlice(&.{ 1, 2, 3, 4 });
    const p = try b.addOne();
    p.* = 5;
    show("five", &b);
    std.debug.print("sixth: {s}\n", .{if (b.addOne()) |_| "ok" else |e| @errorName(e)});
}
