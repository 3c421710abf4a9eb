const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const names = [_][]const u8{ "Leto", "Paul", "Jessica" };
    for (names) |name| {
        const greeting = try std.fmt.allocPrint(allocator, "Hello {s}!", .{name});
        std.debug.print("{s}\n", .{greeting});
    }
}
