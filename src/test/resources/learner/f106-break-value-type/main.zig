const std = @import("std");

pub fn main() void {
    const words = [_][]const u8{ "apple", "kiwi", "banana" };
    const longest = for (words) |w| {
        if (w.len > 5) break w;
    } else null;
    std.debug.print("{s}\n", .{longest});
}
