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
    var s = std.json.Scanner.initStreaming(a);
    defer s.deinit();
    s.feedInput("{\"na");
    while (true) {
        const t = s.next() catch |err| {
            std.debug.print("{}\n", .{err});
            break;
        };
        show(t);
    }
    s.feedInput("me\": 4");
    while (true) {
        const t = s.next() catch |err| {
            std.debug.print("{}\n", .{err});
            break;
        };
        show(t);
    }
    s.feedInput("2}");
    s.endInput();
    while (true) {
        const t = try s.next();
        show(t);
        if (t == .end_of_document) break;
    }
}
