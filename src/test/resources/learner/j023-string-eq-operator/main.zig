const std = @import("std");

const User = struct { name: []const u8, admin: bool };

fn isRoot(u: User) bool {
    return u.name == "root";
}

pub fn main() void {
    const users = [_]User{
        .{ .name = "root", .admin = true },
        .{ .name = "ada", .admin = false },
    };
    for (users) |u| {
        std.debug.print("{s}: {}\n", .{ u.name, isRoot(u) });
    }
}
