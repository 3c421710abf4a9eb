const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var fbs = std.io.fixedBufferStream("{\"key\": \"a longer string value\", \"n\": -12.5e-3}");
    var r = std.json.Reader(4, @TypeOf(fbs.reader())).init(a, fbs.reader());
    defer r.deinit();
    while (true) {
        const t = try r.nextAlloc(a, .alloc_if_needed);
        switch (t) {
            .allocated_number, .allocated_string => |s| {
                std.debug.print("{s} {s}\n", .{ @tagName(t), s });
                a.free(s);
            },
            .number, .string => |s| std.debug.print("{s} {s}\n", .{ @tagName(t), s }),
            .end_of_document => break,
            else => std.debug.print("{s}\n", .{@tagName(t)}),
        }
    }
}
