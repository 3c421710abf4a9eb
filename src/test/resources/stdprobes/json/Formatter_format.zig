const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var buf: [64]u8 = undefined;
    const s = try std.fmt.bufPrint(&buf, "<{}>", .{std.json.fmt(@as(?u8, null), .{})});
    std.debug.print("{s}\n", .{s});
    const s2 = try std.fmt.allocPrint(a, "{}", .{std.json.fmt([_]u8{ 1, 2 }, .{ .whitespace = .indent_2 })});
    defer a.free(s2);
    std.debug.print("{s}\n", .{s2});
}
