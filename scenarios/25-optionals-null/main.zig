const std = @import("std");

const User = struct { id: u32, name: []const u8 };

// The user with that id, or null when there is none.
fn find(users: []const User, id: u32) ?*const User {
    for (users) |*u| {
        if (u.id == id) return u;
    }
    return null;
}

pub fn main() void {
    const users = [_]User{
        .{ .id = 1, .name = "ada" },
        .{ .id = 2, .name = "linus" },
    };
    const wanted = [_]u32{ 2, 7 };
    for (wanted) |id| {
        const user = find(&users, id).?;
        std.debug.print("{d}: {s}\n", .{ id, user.name });
    }
}
