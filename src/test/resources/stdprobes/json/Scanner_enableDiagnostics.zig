const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var s = std.json.Scanner.initCompleteInput(a, "{\n\t\"x\": 1,\n\t\"y\": 2,,\n}");
    defer s.deinit();
    var diag = std.json.Diagnostics{};
    s.enableDiagnostics(&diag);
    while (true) {
        const t = s.next() catch |err| {
            std.debug.print("{} at {d}:{d}\n", .{ err, diag.getLine(), diag.getColumn() });
            break;
        };
        std.debug.print("{s} at {d}:{d}\n", .{ @tagName(t), diag.getLine(), diag.getColumn() });
    }
}
