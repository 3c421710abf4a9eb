const std = @import("std");
fn show(t: std.json.Token) void {
    switch (t) {
        .number, .partial_number, .string, .partial_string => |s| std.debug.print("{s} '{s}'\n", .{ @tagName(t), s }),
        .allocated_number, .allocated_string => |s| std.debug.print("{s} '{s}'\n", .{ @tagName(t), s }),
        else => std.debug.print("{s}\n", .{@tagName(t)}),
    }
}
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var s = std.json.Scanner.initCompleteInput(a, "{\"foo\": 123, \"bar\": [\"x\\ty\", -0.5]}");
    defer s.deinit();
    while (true) {
        const t = try s.next();
        show(t);
        if (t == .end_of_document) break;
    }
}
