const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var fbs = std.io.fixedBufferStream("[1, \"two\", {\"three\": 3}]");
    var r = std.json.reader(a, fbs.reader());
    defer r.deinit();
    while (true) {
        const t = try r.nextAlloc(a, .alloc_if_needed);
        switch (t) {
            .allocated_number, .allocated_string => |s| {
                std.debug.print("{s} {s}\n", .{ @tagName(t), s });
                a.free(s);
            },
            .end_of_document => break,
            else => std.debug.print("{s}\n", .{@tagName(t)}),
        }
    }
}
