const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    for ([_][]const u8{ "[1, 2", "{\"a\" 1}", "[1 2]", "nul", "01", "\"\\x\"", "[]]", "-", "1.", "\"\\ud800\"", "{\"a\":1,}" }) |text| {
        var s = std.json.Scanner.initCompleteInput(a, text);
        defer s.deinit();
        while (true) {
            const t = s.next() catch |err| {
                std.debug.print("{s}: {}\n", .{ text, err });
                break;
            };
            if (t == .end_of_document) {
                std.debug.print("{s}: ok\n", .{text});
                break;
            }
        }
    }
}
