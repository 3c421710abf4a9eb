const std = @import("std");

pub fn main() void {
    var it = std.mem.tokenizeScalar(u8, "  hello  world ", ' ');
    while (it.next()) |t| std.debug.print("token: [{s}]\n", .{t});
    var e = std.mem.tokenizeScalar(u8, "", ' ');
    std.debug.print("empty: {?s}\n", .{e.next()});
    var n = std.mem.tokenizeScalar(u32, &[_]u32{ 0, 1, 2, 0, 3 }, 0);
    while (n.next()) |t| std.debug.print("u32 token: {any}\n", .{t});
}
