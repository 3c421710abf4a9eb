const std = @import("std");

const B = std.BoundedArray(i32, 5);

fn show(label: []const u8, b: *const B) void {
    std.debug.print("{s}: {any} len {d}\n", .{ label, b.constSlice(), b.len });
}

pub fn main() !void {
    var b = B{};
    try b.appendSlice(&.{ 1, 2, 3 });
    show("three", &b);
    b.appendSlice(&.{ 4, 5, 6 }) catch |e| std.debug.print("overflow: {s}\n", .{@errorName(e)});
    show("unchanged", &b);
    try b.appendSlice(&.{});
    show("empty slice", &b);
}
