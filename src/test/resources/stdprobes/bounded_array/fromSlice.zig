const std = @import("std");

const B = std.BoundedArray(i32, 5);

fn show(label: []const u8, b: *const B) void {
    std.debug.print("{s}: {any} len {d}\n", .{ label, b.constSlice(), b.len });
}

pub fn main() !void {
    const b = try B.fromSlice(&.{ 1, 2, 3, 4, 5 });
    show("full", &b);
    const e = try B.fromSlice(&.{});
    show("empty", &e);
    std.debug.print("six: {s}\n", .{if (B.fromSlice(&.{ 1, 2, 3, 4, 5, 6 })) |_| "ok" else |err| @errorName(err)});
}
