const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var fbs = std.io.fixedBufferStream("[[[]]]");
    var r = std.json.Reader(4, @TypeOf(fbs.reader())).init(a, fbs.reader());
    defer r.deinit();
    try r.ensureTotalStackCapacity(100);
    std.debug.print("capacity ok, height {d}\n", .{r.stackHeight()});
    while (try r.next() != .end_of_document) {}
    std.debug.print("done\n", .{});
}
