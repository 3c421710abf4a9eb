const std = @import("std");

pub fn main() !void {
    var buf: [64]u8 = undefined;
    const templates = [_][]const u8{ "id={d}", "#{d}" };
    for (templates) |t| {
        const s = try std.fmt.bufPrint(&buf, t, .{7});
        std.debug.print("{s}\n", .{s});
    }
}
