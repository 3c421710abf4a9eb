const std = @import("std");

pub fn main() !void {
    const names = [_][]const u8{ "Leto", "Paul", "Jessica" };
    for (names) |name| {
        // a greeting fits in 64 bytes: format it on the stack, no heap at all
        var buf: [64]u8 = undefined;
        const greeting = try std.fmt.bufPrint(&buf, "Hello {s}!", .{name});
        std.debug.print("{s}\n", .{greeting});
    }
}
