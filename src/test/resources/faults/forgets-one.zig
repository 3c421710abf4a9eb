const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    const kept = try alloc.alloc(u8, 32);
    defer alloc.free(kept);
    const lost = try alloc.alloc(u8, 100);
    @memset(lost, 'x');
    std.debug.print("{d} bytes, {c}\n", .{ kept.len + lost.len, lost[0] });
}
