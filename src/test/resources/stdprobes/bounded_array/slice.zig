const std = @import("std");

const B = std.BoundedArray(i32, 5);

fn show(label: []const u8, b: *const B) void {
    std.debug.print("{s}: {any} len {d}\n", .{ label, b.constSlice(), b.len });
}

pub fn main() !void {
    var b = try B.fromSlice(&.{ 1, 2, 3 });
    const s = b.slice();
    s[0] = 10;
    std.debug.print("mutable: {any} type {s}\n", .{ s, @typeName(@TypeOf(s)) });
    const c = b;
    std.debug.print("const: {any} type {s}\n", .{ c.slice(), @typeName(@TypeOf(c.slice())) });
    var e = B{};
    std.debug.print("empty: {d}\n", .{e.slice().len});
}
