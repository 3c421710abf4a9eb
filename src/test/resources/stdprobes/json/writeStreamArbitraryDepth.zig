const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var list = std.ArrayList(u8).init(a);
    defer list.deinit();
    var w = std.json.writeStreamArbitraryDepth(a, list.writer(), .{ .whitespace = .indent_1 });
    defer w.deinit();
    try w.beginArray();
    for (0..3) |i| {
        try w.beginObject();
        try w.objectField("i");
        try w.write(i);
        try w.endObject();
    }
    try w.endArray();
    std.debug.print("{s}\n", .{list.items});
}
