const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var fbs = std.io.fixedBufferStream("[1, {\"a\": \"xyz\"}, [true, null], 2.5]");
    var r = std.json.Reader(4, @TypeOf(fbs.reader())).init(a, fbs.reader());
    defer r.deinit();
    std.debug.print("height {d}\n", .{r.stackHeight()});
    std.debug.print("{s}\n", .{@tagName(try r.peekNextTokenType())});
}
