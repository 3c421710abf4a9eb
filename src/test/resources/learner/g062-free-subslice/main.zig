const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    const line = try alloc.dupe(u8, "  padded name  ");
    const trimmed = std.mem.trim(u8, line, " ");
    std.debug.print("[{s}] {d} of {d}\n", .{ trimmed, trimmed.len, line.len });
    const upper = try std.ascii.allocUpperString(alloc, trimmed);
    defer alloc.free(upper);
    std.debug.print("[{s}]\n", .{upper});
    alloc.free(trimmed);
    std.debug.print("freed\n", .{});
}
