const std = @import("std");

const B = std.BoundedArray(i32, 5);

fn show(label: []const u8, b: *const B) void {
    std.debug.print("{s}: {any} len {d}\n", .{ label, b.constSlice(), b.len });
}

pub fn main() !void {
    var b = try B.fromSlice(&.{ 1, 2, 3, 4 });
    std.debug.print("removed {d}\n", .{b.orderedRemove(1)});
    show("after", &b);
    std.debug.print("removed last {d}\n", .{b.orderedRemove(2)});
    show("after", &b);
}
