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
    var s = std.json.Scanner.initCompleteInput(a, "[\"abc\", \"abcdefghij\", 123456]");
    defer s.deinit();
    _ = try s.next();
    show(try s.nextAllocMax(a, .alloc_if_needed, 5));
    std.debug.print("{any}\n", .{s.nextAllocMax(a, .alloc_if_needed, 5)});
}
