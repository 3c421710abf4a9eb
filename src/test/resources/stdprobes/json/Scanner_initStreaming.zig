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
    const parts = [_][]const u8{ "[1", "23, \"ab", "c\", tr", "ue]" };
    var i: usize = 0;
    while (true) {
        const t = s.next() catch |err| switch (err) {
            error.BufferUnderrun => {
                if (i < parts.len) {
                    s.feedInput(parts[i]);
                    i += 1;
                } else s.endInput();
                continue;
            },
            else => return err,
        };
        show(t);
        if (t == .end_of_document) break;
    }
}
