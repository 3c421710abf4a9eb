const std = @import("std");

const B = std.BoundedArray(i32, 5);

fn show(label: []const u8, b: *const B) void {
    std.debug.print("{s}: {any} len {d}\n", .{ label, b.constSlice(), b.len });
}

pub fn main() !void {
    var b = B{};
    show("default", &b);
    try b.append(1);
    show("one", &b);
    var s = try std.BoundedArray(u8, 3).fromSlice("abc");
    std.debug.print("bytes: {s} cap {d}\n", .{ s.slice(), s.capacity() });
}
