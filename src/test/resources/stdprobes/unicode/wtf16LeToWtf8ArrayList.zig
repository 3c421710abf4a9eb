const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var list = std.ArrayList(u8).init(a);
    defer list.deinit();
    const w16 = [_]u16{ 'a', 0xD800, 0xD83D, 0xDE00 };
    try unicode.wtf16LeToWtf8ArrayList(&list, &w16);
    std.debug.print("bytes: {any}\n", .{list.items});
    try unicode.wtf16LeToWtf8ArrayList(&list, &[_]u16{});
    std.debug.print("len after empty: {}\n", .{list.items.len});
}
