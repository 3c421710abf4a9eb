const std = @import("std");

pub fn main() void {
    std.debug.print("len_align 0: {}\n", .{std.mem.alignAllocLen(100, 10, 0)});
    std.debug.print("len_align 8: {}\n", .{std.mem.alignAllocLen(100, 10, 8)});
    std.debug.print("exact: {}\n", .{std.mem.alignAllocLen(16, 16, 16)});
    std.debug.print("len_align 3: {}\n", .{std.mem.alignAllocLen(10, 3, 3)});
}
