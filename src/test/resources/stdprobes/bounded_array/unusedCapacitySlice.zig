const std = @import("std");

const B = std.BoundedArray(i32, 5);

fn show(label: []const u8, b: *const B) void {
    std.debug.print("{s}: {any} len {d}\n", .{ label, b.constSlice(), b.len });
}

pub fn main() !void {
    var b = try B.fromSlice(&.{ 1, 2 });
    const u = b.unusedCapacitySlice();
    std.debug.print("unused: {d}\n", .{u.len});
    u[0] = 3;
    b.len += 1;
    show("after", &b);
    var f = try B.init(5);
    std.debug.print("full unused: {d}\n", .{f.unusedCapacitySlice().len});
}
