const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var fbs = std.io.fixedBufferStream("aligned bytes");
    const r = fbs.reader();
    var list = std.ArrayListAligned(u8, 8).init(a);
    defer list.deinit();
    try r.readAllArrayListAligned(8, &list, 64);
    std.debug.print("{s} aligned: {}\n", .{ list.items, @intFromPtr(list.items.ptr) % 8 == 0 });
}
