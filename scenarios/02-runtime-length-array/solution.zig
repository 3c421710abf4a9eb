const std = @import("std");

fn readUserInput() usize {
    return 5; // imagine this came from the keyboard
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const n = readUserInput();
    const buffer = try allocator.alloc(u8, n);
    defer allocator.free(buffer);
    for (buffer, 0..) |*b, i| b.* = @intCast('a' + i);
    std.debug.print("{s}\n", .{buffer});
}
