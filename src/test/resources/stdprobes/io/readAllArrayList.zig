const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var fbs = std.io.fixedBufferStream("hello world");
    const r = fbs.reader();
    var list = std.ArrayList(u8).init(a);
    defer list.deinit();
    try r.readAllArrayList(&list, 100);
    std.debug.print("all: {s}\n", .{list.items});
    var f2 = std.io.fixedBufferStream("0123456789");
    list.clearRetainingCapacity();
    f2.reader().readAllArrayList(&list, 4) catch |e| std.debug.print("limit 4: {s}, got {s}\n", .{ @errorName(e), list.items });
}
