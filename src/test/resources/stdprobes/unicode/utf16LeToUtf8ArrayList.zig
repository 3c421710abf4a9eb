const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var list = std.ArrayList(u8).init(a);
    defer list.deinit();
    const u16s = [_]u16{ 'h', 0xE9, 0xD83D, 0xDE00 };
    try unicode.utf16LeToUtf8ArrayList(&list, &u16s);
    std.debug.print("bytes: {any}\n", .{list.items});
    std.debug.print("lone low: {any}\n", .{unicode.utf16LeToUtf8ArrayList(&list, &[_]u16{0xDC00})});
    std.debug.print("len after error: {}\n", .{list.items.len});
}
