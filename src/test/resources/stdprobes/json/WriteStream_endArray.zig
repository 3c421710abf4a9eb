const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var list = std.ArrayList(u8).init(a);
    defer list.deinit();
    var w = std.json.writeStream(list.writer(), .{ .whitespace = .indent_2 });
    defer w.deinit();
    try w.beginArray();
    try w.write("a");
    try w.write("b");
    try w.endArray();
    std.debug.print("{s}\n", .{list.items});
}
