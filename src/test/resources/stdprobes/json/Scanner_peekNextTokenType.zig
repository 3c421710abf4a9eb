const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var s = std.json.Scanner.initCompleteInput(a, "[1, \"s\", true, false, null, [], {}]");
    defer s.deinit();
    while (true) {
        const tt = try s.peekNextTokenType();
        std.debug.print("{s}\n", .{@tagName(tt)});
        if (tt == .end_of_document) break;
        _ = try s.next();
    }
}
