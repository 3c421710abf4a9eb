const std = @import("std");

// The average of a list of scores (each 0 to 100).
fn average(scores: []const u8) u8 {
    var sum: u32 = 0;
    for (scores) |s| {
        sum += s;
    }
    return @intCast(sum / scores.len);
}

fn last(scores: []const u8) u8 {
    return scores[scores.len - 1];
}

pub fn main() void {
    const scores = [_]u8{ 90, 85, 97 };
    std.debug.print("average: {d}\n", .{average(&scores)});
    std.debug.print("last: {d}\n", .{last(&scores)});
}
