const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var list = std.ArrayList(u8).init(a);
    defer list.deinit();
    const W = std.json.WriteStream(@TypeOf(list.writer()), .assumed_correct);
    var w = W.init(a, list.writer(), .{});
    defer w.deinit();
    try w.write(.{ 1, "tuple", .{ .inner = 2.5 } });
    std.debug.print("{s}\n", .{list.items});
}
