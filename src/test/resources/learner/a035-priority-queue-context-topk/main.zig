const std = @import("std");

const Ranking = struct {
    scores: []const u32,
    names: []const []const u8,
};

/// Items are indices into ctx.scores; the lowest score sits on top, so the heap keeps the best k.
fn lowerScore(ctx: Ranking, a: usize, b: usize) std.math.Order {
    return switch (std.math.order(ctx.scores[a], ctx.scores[b])) {
        .eq => std.mem.order(u8, ctx.names[b], ctx.names[a]),
        else => |o| o,
    };
}

fn topK(allocator: std.mem.Allocator, ctx: Ranking, k: usize) ![]usize {
    var pq = std.PriorityQueue(usize, Ranking, lowerScore).init(allocator, ctx);
    defer pq.deinit();
    for (ctx.scores, 0..) |_, i| {
        try pq.add(i);
        if (pq.count() > k) _ = pq.remove();
    }
    const out = try allocator.alloc(usize, pq.count());
    var n = out.len;
    while (pq.removeOrNull()) |i| {
        n -= 1;
        out[n] = i;
    }
    return out;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const ctx = Ranking{
        .names = &.{ "ana", "ben", "cho", "dev", "eli", "fay", "gus" },
        .scores = &.{ 71, 94, 88, 94, 60, 88, 99 },
    };
    const best = try topK(allocator, ctx, 4);
    defer allocator.free(best);
    for (best, 1..) |i, place| {
        std.debug.print("#{d} {s} ({d})\n", .{ place, ctx.names[i], ctx.scores[i] });
    }
}
