const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var list = std.ArrayList(u8).init(a);
    defer list.deinit();
    var w = std.json.writeStream(list.writer(), .{ .whitespace = .indent_2 });
    defer w.deinit();
    try w.beginObject();
    try w.objectField("raw");
    try w.beginWriteRaw();
    try w.stream.writeAll("[1,2,3]");
    w.endWriteRaw();
    try w.endObject();
    std.debug.print("{s}\n", .{list.items});
}
