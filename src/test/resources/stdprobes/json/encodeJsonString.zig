const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var list = std.ArrayList(u8).init(a);
    defer list.deinit();
    for ([_][]const u8{ "plain", "q\"b\\s/", "\x00\x1f\x7f", "\u{e9}\u{1F600}", "\n\r\t\x08\x0c" }) |s| {
        try std.json.encodeJsonString(s, .{}, list.writer());
        try list.append(' ');
        try std.json.encodeJsonString(s, .{ .escape_unicode = true }, list.writer());
        try list.append('\n');
    }
    std.debug.print("{s}", .{list.items});
}
