const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var list = std.ArrayList(u8).init(a);
    defer list.deinit();
    var w = std.json.writeStreamMaxDepth(list.writer(), .{}, 4);
    defer w.deinit();
    try w.beginArray();
    try w.beginArray();
    try w.write(true);
    try w.endArray();
    try w.endArray();
    std.debug.print("{s}\n", .{list.items});
    var w2 = std.json.writeStreamMaxDepth(list.writer(), .{}, null);
    defer w2.deinit();
    try w2.write(.{ .p = 1 });
    std.debug.print("{s}\n", .{list.items});
}
