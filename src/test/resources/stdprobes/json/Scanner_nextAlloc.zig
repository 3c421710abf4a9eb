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
    var s = std.json.Scanner.initCompleteInput(a, "[\"plain\", \"esc\\naped\", 3.25, \"\\u00e9\"]");
    defer s.deinit();
    for ([_]std.json.AllocWhen{ .alloc_if_needed, .alloc_always }) |when| {
        std.debug.print("-- {s}\n", .{@tagName(when)});
        s = std.json.Scanner.initCompleteInput(a, "[\"plain\", \"esc\\naped\", 3.25, \"\\u00e9\"]");
        while (true) {
            const t = try s.nextAlloc(a, when);
            show(t);
            switch (t) {
                .allocated_number, .allocated_string => |x| a.free(x),
                else => {},
            }
            if (t == .end_of_document) break;
        }
        s.deinit();
    }
    s = std.json.Scanner.initCompleteInput(a, "1");
}
