const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var fbs = std.io.fixedBufferStream("payload");
    const r = fbs.reader();
    const all = try r.readAllAlloc(a, 100);
    defer a.free(all);
    std.debug.print("all: {s}\n", .{all});
    var f2 = std.io.fixedBufferStream("0123456789");
    std.debug.print("limit 5: {s}\n", .{if (f2.reader().readAllAlloc(a, 5)) |_| "ok" else |e| @errorName(e)});
}
