const std = @import("std");

const Session = struct {
    id: u32,
    user: [16]u8,
    user_len: u8,
    hits: u32 = 0,

    fn name(s: *const Session) []const u8 {
        return s.user[0..s.user_len];
    }
};

const Pool = std.heap.MemoryPoolExtra(Session, .{ .growable = false });

fn open(pool: *Pool, id: u32, user: []const u8) !*Session {
    const s = try pool.create();
    s.* = .{ .id = id, .user = undefined, .user_len = @intCast(user.len) };
    @memcpy(s.user[0..user.len], user);
    return s;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var pool = try Pool.initPreheated(gpa.allocator(), 3);
    defer pool.deinit();

    var live: [3]*Session = undefined;
    for ([_][]const u8{ "ana", "ben", "cleo" }, 0..) |u, i| live[i] = try open(&pool, @intCast(100 + i), u);
    for (live) |s| s.hits += s.id % 7;
    for (live) |s| std.debug.print("#{d} {s:<5} hits={d}\n", .{ s.id, s.name(), s.hits });

    const closed = live[1];
    pool.destroy(closed);
    const reused = try open(&pool, 200, "dora");
    std.debug.print("slot reused: {}\n", .{reused == closed});
    std.debug.print("#{d} {s}\n", .{ live[1].id, live[1].name() });

    const extra = open(&pool, 300, "eve") catch |err| blk: {
        std.debug.print("pool full: {s}\n", .{@errorName(err)});
        break :blk null;
    };
    std.debug.print("extra: {?}\n", .{extra});
    _ = try open(&pool, 301, "finn");
}
