const std = @import("std");

fn abbreviate(word: []const u8, buf: []u8) []const u8 {
    const prefix = word[0..4];
    const out = std.ascii.upperString(buf, prefix);
    return out;
}

pub fn main() void {
    const months = [_][]const u8{ "January", "February", "March", "April", "May", "June" };
    var buf: [4]u8 = undefined;
    for (months) |m| {
        std.debug.print("{s:<9} -> {s}\n", .{ m, abbreviate(m, &buf) });
    }
}
