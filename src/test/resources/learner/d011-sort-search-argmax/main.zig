const std = @import("std");

const Score = struct {
    player: []const u8,
    points: u32,
};

const ByPoints = struct {
    descending: bool,

    fn less(self: ByPoints, a: Score, b: Score) bool {
        return if (self.descending) a.points > b.points else a.points < b.points;
    }
};

fn cmpU32(target: u32, item: u32) std.math.Order {
    return std.math.order(target, item);
}

pub fn main() void {
    var scores = [_]Score{
        .{ .player = "ann", .points = 40 },
        .{ .player = "bob", .points = 75 },
        .{ .player = "cat", .points = 40 },
        .{ .player = "dan", .points = 99 },
        .{ .player = "eve", .points = 12 },
    };
    const best = std.sort.argMax(Score, &scores, ByPoints{ .descending = false }, ByPoints.less).?;
    std.debug.print("best: {s} with {d}\n", .{ scores[best].player, scores[best].points });

    // block sort is stable: ann stays before cat
    std.sort.block(Score, &scores, ByPoints{ .descending = true }, ByPoints.less);
    for (scores, 1..) |s, rank| std.debug.print("#{d} {s} {d}\n", .{ rank, s.player, s.points });

    var sorted = [_]u32{ 3, 8, 8, 8, 15, 23, 42, 42, 57 };
    std.sort.insertion(u32, &sorted, {}, std.sort.asc(u32));
    const targets = [_]u32{ 8, 42, 5, 100, 3 };
    for (targets) |t| {
        const found = std.sort.binarySearch(u32, &sorted, t, cmpU32);
        const lb = std.sort.lowerBound(u32, &sorted, t, cmpU32);
        const ub = std.sort.upperBound(u32, &sorted, t, cmpU32);
        std.debug.print("target {d}: found={?d} lower={d} upper={d}\n", .{ t, found, lb, ub });
    }
    std.debug.print("argMin={?d} argMax(empty)={?d}\n", .{
        std.sort.argMin(u32, &sorted, {}, std.sort.asc(u32)),
        std.sort.argMax(u32, sorted[0..0], {}, std.sort.asc(u32)),
    });
    std.debug.print("isSorted desc? {}\n", .{std.sort.isSorted(u32, &sorted, {}, std.sort.desc(u32))});
}
