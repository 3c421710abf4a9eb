const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    _ = a;
    const F = std.json.Formatter([]const u8);
    const f = F{ .value = "line\nbreak", .options = .{} };
    std.debug.print("{}\n", .{f});
}
