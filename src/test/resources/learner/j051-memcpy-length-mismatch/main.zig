const std = @import("std");

fn copyName(dest: []u8, src: []const u8) void {
    @memcpy(dest, src);
}

pub fn main() void {
    var slots: [3][8]u8 = undefined;
    const names = [_][]const u8{ "ada", "grace", "margaret" };
    for (names, 0..) |n, i| {
        copyName(slots[i][0..n.len], n);
        std.debug.print("slot {d}: {s}\n", .{ i, slots[i][0..n.len] });
    }
    var short: [4]u8 = undefined;
    copyName(&short, names[1]);
    std.debug.print("{s}\n", .{&short});
}
