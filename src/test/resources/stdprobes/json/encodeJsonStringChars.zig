const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var list = std.ArrayList(u8).init(a);
    defer list.deinit();
    try list.append('<');
    try std.json.encodeJsonStringChars("a\"b\n\u{100}", .{}, list.writer());
    try list.append('|');
    try std.json.encodeJsonStringChars("a\"b\n\u{100}", .{ .escape_unicode = true }, list.writer());
    try list.append('>');
    std.debug.print("{s}\n", .{list.items});
}
