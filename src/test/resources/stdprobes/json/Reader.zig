const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var fbs = std.io.fixedBufferStream("[1, {\"a\": \"xyz\"}, [true, null], 2.5]");
    var r = std.json.Reader(4, @TypeOf(fbs.reader())).init(a, fbs.reader());
    defer r.deinit();
    var n: usize = 0;
    while (true) {
        const t = try r.nextAlloc(a, .alloc_always);
        switch (t) {
            .allocated_number, .allocated_string => |s| {
                std.debug.print("{s} {s}\n", .{ @tagName(t), s });
                a.free(s);
            },
            .end_of_document => break,
            else => std.debug.print("{s}\n", .{@tagName(t)}),
        }
        n += 1;
    }
    std.debug.print("{d} tokens, buffer {d}\n", .{ n, r.buffer.len });
}
