const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var fbs = std.io.fixedBufferStream("[1, \"s\", true, false, null, [], {}]");
    var r = std.json.Reader(4, @TypeOf(fbs.reader())).init(a, fbs.reader());
    defer r.deinit();
    _ = try r.next();
    while (true) {
        const tt = try r.peekNextTokenType();
        std.debug.print("{s}\n", .{@tagName(tt)});
        if (tt == .array_end) break;
        try r.skipValue();
    }
}
