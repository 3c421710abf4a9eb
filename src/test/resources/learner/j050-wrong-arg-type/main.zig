const std = @import("std");

fn repeat(allocator: std.mem.Allocator, s: []const u8, times: usize) ![]u8 {
    const out = try allocator.alloc(u8, s.len * times);
    for (0..times) |i| @memcpy(out[i * s.len ..][0..s.len], s);
    return out;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    try show(a, 3);
}

fn show(a: std.mem.Allocator, count: i32) !void {
    const r = try repeat(a, "ab", count);
    defer a.free(r);
    std.debug.print("{s}\n", .{r});
}
