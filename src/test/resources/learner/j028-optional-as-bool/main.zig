const std = @import("std");

fn lookup(keys: []const []const u8, key: []const u8) ?usize {
    for (keys, 0..) |k, i| {
        if (std.mem.eql(u8, k, key)) return i;
    }
    return null;
}

pub fn main() void {
    const keys = [_][]const u8{ "alpha", "beta" };
    const idx = lookup(&keys, "beta");
    if (idx) {
        std.debug.print("found at {d}\n", .{idx});
    }
}
