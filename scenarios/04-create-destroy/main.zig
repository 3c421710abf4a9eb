const std = @import("std");

pub const User = struct {
    id: u64,
    power: i32,
};

fn levelUp(user: *User) void {
    user.power += 1;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const user = try allocator.create(User);

    user.* = .{ .id = 1, .power = 100 };
    levelUp(user);
    std.debug.print("User {d} has power of {d}\n", .{ user.id, user.power });
}
