const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var fbs = std.io.fixedBufferStream("[[[1, 2], 3], 4]");
    var r = std.json.Reader(4, @TypeOf(fbs.reader())).init(a, fbs.reader());
    defer r.deinit();
    _ = try r.next();
    _ = try r.next();
    _ = try r.next();
    std.debug.print("height {d}\n", .{r.stackHeight()});
    try r.skipUntilStackHeight(1);
    std.debug.print("height {d}, next {s}\n", .{ r.stackHeight(), @tagName(try r.next()) });
}
