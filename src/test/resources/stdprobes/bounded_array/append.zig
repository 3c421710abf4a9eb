const std = @import("std");

const B = std.BoundedArray(i32, 5);

fn show(label: []const u8, b: *const B) void {
    std.debug.print("{s}: {any} len {d}\n", .{ label, b.constSlice(), b.len });
}

pub fn main() !void {
    var b = B{};
    for (0..5) |i| try b.append(@intCast(i));
    show("five", &b);
    b.append(5) catch |e| std.debug.print("sixth: {s}\n", .{@errorName(e)});
    show("unchanged", &b);
}
