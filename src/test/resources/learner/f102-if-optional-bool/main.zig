const std = @import("std");

fn find(xs: []const i32, want: i32) ?usize {
    for (xs, 0..) |x, i| if (x == want) return i;
    return null;
}

pub fn main() void {
    const xs = [_]i32{ 4, 7, 9 };
    if (find(&xs, 7)) {
        std.debug.print("found\n", .{});
    }
}
