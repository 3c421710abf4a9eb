const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var fbs = std.io.fixedBufferStream("one\ntwo");
    const r = fbs.reader();
    while (try r.readUntilDelimiterOrEofAlloc(a, '\n', 10)) |line| {
        defer a.free(line);
        std.debug.print("line: {s}\n", .{line});
    }
    std.debug.print("done\n", .{});
}
