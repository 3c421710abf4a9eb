const std = @import("std");

pub fn main() void {
    const nums = [_]u32{ 4, 8, 15, 16, 23, 42 };
    var total: u32 = 0;
    for (var i: usize = 0; i < nums.len; i += 1) {
        total += nums[i];
    }
    std.debug.print("total {d}\n", .{total});
}
