const std = @import("std");

fn buildPath(allocator: std.mem.Allocator, parts: []const []const u8) ![]u8 {
    return std.mem.join(allocator, "/", parts);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const home = try buildPath(allocator, &.{ "home", "learner", "notes.txt" });
    defer allocator.free(home);
    const path = try buildPath(allocator, &.{ "docs", "guide", "strings.md" });
    defer allocator.free(path);

    std.debug.print("home: {s}\npath: {s} ({d} bytes)\n", .{ home, path, path.len });
    const depth = std.mem.count(u8, path, "/") + 1;
    std.debug.print("depth: {d}\n", .{depth});

    // done with it, free early
    allocator.free(path);
    std.debug.print("freed the path\n", .{});
}
