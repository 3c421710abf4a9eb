const std = @import("std");

fn consume(allocator: std.mem.Allocator, message: []u8) void {
    std.debug.print("consumed: {s}\n", .{message});
    allocator.free(message); // consume takes ownership: it frees
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const other = try allocator.alloc(u8, 5);
    defer allocator.free(other);

    const message = try allocator.alloc(u8, 5);
    @memcpy(message, "hello");
    defer allocator.free(message);

    consume(allocator, message);
    std.debug.print("done\n", .{});
}
