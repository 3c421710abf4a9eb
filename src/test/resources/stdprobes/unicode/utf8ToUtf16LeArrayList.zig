const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var list = std.ArrayList(u16).init(a);
    defer list.deinit();
    try unicode.utf8ToUtf16LeArrayList(&list, "h\u{e9}\u{1f600}");
    std.debug.print("units: {x}\n", .{list.items});
    std.debug.print("invalid: {any}\n", .{unicode.utf8ToUtf16LeArrayList(&list, "\xff")});
}
