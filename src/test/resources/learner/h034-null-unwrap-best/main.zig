const std = @import("std");

const Player = struct {
    name: []const u8,
    score: ?u32 = null,
};

fn best(players: []const Player) *const Player {
    var top: ?*const Player = null;
    for (players) |*p| {
        const s = p.score orelse continue;
        if (top == null or s > top.?.score.?) top = p;
    }
    return top.?;
}

pub fn main() void {
    const round1 = [_]Player{ .{ .name = "ann", .score = 7 }, .{ .name = "bo" }, .{ .name = "cy", .score = 12 } };
    std.debug.print("winner: {s}\n", .{best(&round1).name});
    const round2 = [_]Player{ .{ .name = "dee" }, .{ .name = "eli" } };
    std.debug.print("winner: {s}\n", .{best(&round2).name});
}
