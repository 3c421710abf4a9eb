const std = @import("std");

const B = std.BoundedArray(i32, 5);

fn show(label: []const u8, b: *const B) void {
    std.debug.print("{s}: {any} len {d}\n", .{ label, b.constSlice(), b.len });
}

pub fn main() !void {
    var b = B{};
    b.addOneAssumeCapacity().* = 1;
    b.addOneAssumeCapacity().* = 2;
    show("two", &b);
}
