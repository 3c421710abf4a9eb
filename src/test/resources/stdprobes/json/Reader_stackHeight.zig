const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var fbs = std.io.fixedBufferStream("{\"a\": [[], {}]}");
    var r = std.json.Reader(4, @TypeOf(fbs.reader())).init(a, fbs.reader());
    defer r.deinit();
    while (true) {
        const t = try r.next();
        std.debug.print("{s} {d}\n", .{ @tagName(t), r.stackHeight() });
        if (t == .end_of_document) break;
    }
}
