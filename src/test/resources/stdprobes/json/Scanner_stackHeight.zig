const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var s = std.json.Scanner.initCompleteInput(a, "[{\"a\": [[]]}, 1]");
    defer s.deinit();
    while (true) {
        const t = try s.next();
        std.debug.print("{s}: {d}\n", .{ @tagName(t), s.stackHeight() });
        if (t == .end_of_document) break;
    }
}
