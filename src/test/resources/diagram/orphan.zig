const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var name = try allocator.alloc(u8, 5);
    @memcpy(name, "first");
    name = try allocator.alloc(u8, 6);
    @memcpy(name, "second");
    std.debug.print("{s}\n", .{name});
    allocator.free(name);
}
