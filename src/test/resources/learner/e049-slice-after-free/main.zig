const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const nums = try a.alloc(u32, 4);
    for (nums, 0..) |*n, i| n.* = @intCast(i * 3);
    const view = nums[1..3];
    a.free(nums);
    std.debug.print("{d}\n", .{view[0]});
}
