const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var fbs = std.io.fixedBufferStream("key=value;rest");
    const r = fbs.reader();
    var list = std.ArrayList(u8).init(a);
    defer list.deinit();
    try r.readUntilDelimiterArrayList(&list, '=', 20);
    std.debug.print("key: {s}\n", .{list.items});
    try r.readUntilDelimiterArrayList(&list, ';', 20);
    std.debug.print("value: {s}\n", .{list.items});
    r.readUntilDelimiterArrayList(&list, ';', 20) catch |e| std.debug.print("no delimiter: {s} ({s})\n", .{ @errorName(e), list.items });
}
