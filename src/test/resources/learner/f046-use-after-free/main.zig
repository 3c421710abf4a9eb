const std = @import("std");

fn makeGreeting(alloc: std.mem.Allocator, name: []const u8) ![]u8 {
    const buf = try std.fmt.allocPrint(alloc, "Hi {s}!", .{name});
    defer alloc.free(buf);
    std.debug.print("built: {s}\n", .{buf});
    return buf;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const g = try makeGreeting(gpa.allocator(), "Zed");
    std.debug.print("len {d}, first byte {d}, {x}\n", .{ g.len, g[0], g[1] });
}
