const std = @import("std");

const B = std.BoundedArray(i32, 5);

fn show(label: []const u8, b: *const B) void {
    std.debug.print("{s}: {any} len {d}\n", .{ label, b.constSlice(), b.len });
}

pub fn main() !void {
    var b = B{};
    const s = try b.addManyAsSlice(2);
    s[0] = 1;
    s[1] = 2;
    show("two", &b);
    std.debug.print("four more: {s}\n", .{if (b.addManyAsSlice(4)) |_| "ok" else |e| @errorName(e)});
    std.debug.print("zero: {d}\n", .{(try b.addManyAsSlice(0)).len});
}
