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
    try w.objectField("list");
    try w.beginArray();
    try w.write(1);
    try w.write("two");
    try w.write(null);
    try w.endArray();
    try w.objectField("obj");
    try w.write(.{ .x = 1 });
    try w.endObject();
    std.debug.print("{s}\n", .{list.items});
}
