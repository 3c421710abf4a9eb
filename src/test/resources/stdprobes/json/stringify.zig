const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var list = std.ArrayList(u8).init(a);
    defer list.deinit();
    const E = enum { one, two };
    const U = union(enum) { num: i32, text: []const u8, none };
    try std.json.stringify(.{ .e = E.two, .u1 = U{ .num = 5 }, .u2 = U{ .text = "t" }, .u3 = U.none, .opt = @as(?u8, null), .arr = [_]u8{ 1, 2 }, .str = "h\u{e9}\x01", .fl = 1e-7, .err = error.Oops }, .{}, list.writer());
    std.debug.print("{s}\n", .{list.items});
    list.clearRetainingCapacity();
    try std.json.stringify(.{ .a = @as(?u8, null), .b = "x\u{1F600}" }, .{ .emit_null_optional_fields = false, .escape_unicode = true }, list.writer());
    std.debug.print("{s}\n", .{list.items});
    list.clearRetainingCapacity();
    try std.json.stringify(.{ .big = @as(u64, 1 << 60), .small = @as(i32, -5), .bytes = @as([]const u8, "ab") }, .{ .emit_nonportable_numbers_as_strings = true, .emit_strings_as_arrays = true }, list.writer());
    std.debug.print("{s}\n", .{list.items});
}
