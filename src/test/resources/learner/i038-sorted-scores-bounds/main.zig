const std = @import("std");

const Score = struct { name: []const u8, pts: u16 };

fn byPts(_: void, a: Score, b: Score) bool {
    return a.pts < b.pts;
}

fn cmpPts(target: u16, s: Score) std.math.Order {
    return std.math.order(target, s.pts);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();

    const raw = [_]Score{
        .{ .name = "kai", .pts = 30 }, .{ .name = "lea", .pts = 10 }, .{ .name = "max", .pts = 30 },
        .{ .name = "noa", .pts = 20 }, .{ .name = "oli", .pts = 10 }, .{ .name = "pia", .pts = 40 },
        .{ .name = "quin", .pts = 30 }, .{ .name = "rue", .pts = 20 },
    };
    const scores = try a.dupe(Score, &raw);
    defer a.free(scores);
    std.sort.block(Score, scores, {}, byPts);
    for (scores) |s| std.debug.print("{s}:{d} ", .{ s.name, s.pts });
    std.debug.print("\nsorted: {}\n", .{std.sort.isSorted(Score, scores, {}, byPts)});

    for ([_]u16{ 10, 25, 30, 40, 50 }) |t| {
        const lo = std.sort.lowerBound(Score, scores, t, cmpPts);
        const hi = std.sort.upperBound(Score, scores, t, cmpPts);
        const exact = std.sort.binarySearch(Score, scores, t, cmpPts);
        const range = std.sort.equalRange(Score, scores, t, cmpPts);
        std.debug.print("pts {d:>2}: lower {d} upper {d} found {} range {d}..{d}\n", .{ t, lo, hi, exact != null, range[0], range[1] });
    }

    const idx = std.sort.argMax(Score, scores, {}, byPts).?;
    std.debug.print("top: {s}\n", .{scores[idx].name});
    const first30 = std.sort.lowerBound(Score, scores, @as(u16, 30), cmpPts);
    std.debug.print("first with 30: {s}\n", .{scores[first30].name});
    const first99 = std.sort.lowerBound(Score, scores, @as(u16, 99), cmpPts);
    std.debug.print("first with 99: {s}\n", .{scores[first99].name});
}
