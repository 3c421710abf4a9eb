const std = @import("std");

const B = std.BoundedArray(i32, 5);

fn show(label: []const u8, b: *const B) void {
    std.debug.print("{s}: {any} len {d}\n", .{ label, b.constSlice(), b.len });
}

pub fn main() !void {
    var b = try B.fromSlice(&.{1});
    const arr = try b.addManyAsArray(3);
    arr.* = .{ 2, 3, 4 };
    show("four", &b);
    std.debug.print("two more: {s}\n", .{if (b.addManyAsArray(2)) |_| "ok" else |e| @errorName(e)});
    show("unchanged", &b);
}
