const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var fbs = std.io.fixedBufferStream("a,bb,ccc");
    const r = fbs.reader();
    const first = try r.readUntilDelimiterAlloc(a, ',', 10);
    defer a.free(first);
    std.debug.print("first: {s}\n", .{first});
    const second = try r.readUntilDelimiterAlloc(a, ',', 10);
    defer a.free(second);
    std.debug.print("second: {s}\n", .{second});
    std.debug.print("last: {s}\n", .{if (r.readUntilDelimiterAlloc(a, ',', 10)) |_| "ok" else |e| @errorName(e)});
}
