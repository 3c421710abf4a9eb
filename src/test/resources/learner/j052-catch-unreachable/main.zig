const std = @import("std");

fn parseAge(s: []const u8) !u8 {
    const n = try std.fmt.parseInt(u8, s, 10);
    if (n > 150) return error.Unrealistic;
    return n;
}

pub fn main() void {
    const inputs = [_][]const u8{ "42", "7", "200" };
    for (inputs) |s| {
        const age = parseAge(s) catch unreachable;
        std.debug.print("age {d}\n", .{age});
    }
}
