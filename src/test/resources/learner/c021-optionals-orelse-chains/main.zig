const std = @import("std");

const User = struct {
    name: []const u8,
    email: ?[]const u8 = null,
    nickname: ?[]const u8 = null,
    boss: ?*const User = null,
};

fn displayName(u: User) []const u8 {
    return u.nickname orelse u.email orelse u.name;
}

fn bossEmail(u: User) ?[]const u8 {
    const boss = u.boss orelse return null;
    const email = boss.email orelse return null;
    return email;
}

fn findUser(users: []const User, name: []const u8) ?*const User {
    for (users) |*u| {
        if (std.mem.eql(u8, u.name, name)) return u;
    }
    return null;
}

fn chainLength(u: *const User) usize {
    var n: usize = 0;
    var cur: ?*const User = u;
    while (cur) |c| : (cur = c.boss) n += 1;
    return n;
}

pub fn main() void {
    const ceo = User{ .name = "ada", .email = "ada@corp.io" };
    const cto = User{ .name = "brian", .nickname = "bk", .boss = &ceo };
    const dev = User{ .name = "carla", .email = "carla@corp.io", .boss = &cto };
    const intern = User{ .name = "dan", .boss = &dev };
    const users = [_]User{ ceo, cto, dev, intern };

    for (users) |u| {
        std.debug.print("{s:<6} shown as {s:<14}", .{ u.name, displayName(u) });
        if (bossEmail(u)) |e| {
            std.debug.print(" boss mail {s}\n", .{e});
        } else {
            std.debug.print(" no boss mail\n", .{});
        }
    }

    for ([_][]const u8{ "carla", "zoe", "dan" }) |name| {
        const found = findUser(&users, name);
        if (found) |u| {
            std.debug.print("{s}: chain of {d}, boss {s}\n", .{ name, chainLength(u), if (u.boss) |b| b.name else "-" });
        } else {
            std.debug.print("{s}: not found\n", .{name});
        }
    }

    var maybe: ?u32 = null;
    std.debug.print("maybe={?d} or 7 -> {d}\n", .{ maybe, maybe orelse 7 });
    maybe = 3;
    if (maybe) |*m| m.* *= 10;
    std.debug.print("maybe={?d} is null? {}\n", .{ maybe, maybe == null });
}
