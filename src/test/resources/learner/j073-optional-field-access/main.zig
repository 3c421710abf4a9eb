const std = @import("std");

const User = struct { name: []const u8, email: ?[]const u8 };

pub fn main() void {
    const u = User{ .name = "ann", .email = "ann@example.com" };
    std.debug.print("{s} <{s}> ({d} chars)\n", .{ u.name, u.email, u.email.len });
}
