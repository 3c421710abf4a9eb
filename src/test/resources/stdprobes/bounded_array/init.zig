const std = @import("std");

const B = std.BoundedArray(i32, 5);

fn show(label: []const u8, b: *const B) void {
    std.debug.print("{s}: {any} len {d}\n", .{ label, b.constSlice(), b.len });
}

pub fn main() !void {
    var b = try B.init(0);
    show("init 0", &b);
    b = try B.init(5);
    std.debug.print("init 5 len: {d}\n", .{b.len});
    std.debug.print("init 6: {s}\n", .{if (B.init(6)) |_| "ok" else |e| @errorName(e)});
}
