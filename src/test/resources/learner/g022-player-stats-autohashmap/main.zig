const std = @import("std");

const Stats = struct {
    games: u32 = 0,
    wins: u32 = 0,
    points: i64 = 0,

    fn ratio(self: Stats) f64 {
        if (self.games == 0) return 0;
        return @as(f64, @floatFromInt(self.wins)) / @as(f64, @floatFromInt(self.games));
    }
};

const Result = struct { player: u32, won: bool, points: i64 };

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    var table = std.AutoHashMap(u32, Stats).init(alloc);
    defer table.deinit();
    const results = [_]Result{
        .{ .player = 7, .won = true, .points = 12 },
        .{ .player = 3, .won = false, .points = -4 },
        .{ .player = 7, .won = false, .points = 2 },
        .{ .player = 11, .won = true, .points = 30 },
        .{ .player = 3, .won = true, .points = 8 },
        .{ .player = 7, .won = true, .points = 5 },
    };
    for (results) |r| {
        const gop = try table.getOrPut(r.player);
        if (!gop.found_existing) gop.value_ptr.* = .{};
        gop.value_ptr.games += 1;
        if (r.won) gop.value_ptr.wins += 1;
        gop.value_ptr.points += r.points;
    }
    var ids = std.ArrayList(u32).init(alloc);
    defer ids.deinit();
    var kit = table.keyIterator();
    while (kit.next()) |k| try ids.append(k.*);
    std.mem.sort(u32, ids.items, {}, std.sort.asc(u32));
    std.debug.print("{s:>6} {s:>5} {s:>4} {s:>6} {s:>6}\n", .{ "player", "games", "wins", "points", "ratio" });
    for (ids.items) |id| {
        const s = table.get(id).?;
        std.debug.print("{d:>6} {d:>5} {d:>4} {d:>6} {d:>6.2}\n", .{ id, s.games, s.wins, s.points, s.ratio() });
    }
    if (table.getPtr(3)) |p| p.points *= 2;
    std.debug.print("{any}\n", .{table.get(3)});
    std.debug.print("{any}\n", .{table.get(4)});
    std.debug.print("removed 11: {}, count {d}\n", .{ table.remove(11), table.count() });
    const e = table.getEntry(7).?;
    std.debug.print("{d} -> {}\n", .{ e.key_ptr.*, e.value_ptr.* });
    var worst: ?u32 = null;
    var it = table.iterator();
    while (it.next()) |entry| {
        if (entry.value_ptr.points < 0) worst = entry.key_ptr.*;
    }
    std.debug.print("worst {d}\n", .{worst.?});
}
