const std = @import("std");

fn greeting(allocator: std.mem.Allocator, names: []const []const u8) ![]u8 {
    var out = std.ArrayList(u8).init(allocator);
    errdefer out.deinit();
    try out.appendSlice("Hello");
    for (names, 0..) |name, i| {
        out.appendSlice(if (i == 0) ", " else " and ");
        try out.appendSlice(name);
    }
    try out.append('!');
    return out.toOwnedSlice();
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const g = try greeting(allocator, &.{ "Ada", "Grace" });
    defer allocator.free(g);
    std.debug.print("{s}\n", .{g});
}
