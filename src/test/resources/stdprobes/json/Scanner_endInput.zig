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
    s.feedInput("12");
    std.debug.print("{any}\n", .{s.next()});
    s.endInput();
    show(try s.next());
    show(try s.next());
    var s2 = std.json.Scanner.initStreaming(a);
    defer s2.deinit();
    s2.feedInput("[1,");
    s2.endInput();
    _ = try s2.next();
    show(try s2.next());
    std.debug.print("{any}\n", .{s2.next()});
}
