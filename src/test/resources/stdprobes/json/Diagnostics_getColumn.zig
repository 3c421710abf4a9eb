const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const text = "[1,\n\n   2, \"x\"\n]";
    var scanner = std.json.Scanner.initCompleteInput(a, text);
    defer scanner.deinit();
    var diag = std.json.Diagnostics{};
    scanner.enableDiagnostics(&diag);
    while (true) {
        const t = scanner.next() catch |err| {
            std.debug.print("{} at line {d} column {d} offset {d}\n", .{ err, diag.getLine(), diag.getColumn(), diag.getByteOffset() });
            break;
        };
        if (t == .end_of_document) break;
        std.debug.print("{s} line {d} column {d} offset {d}\n", .{ @tagName(t), diag.getLine(), diag.getColumn(), diag.getByteOffset() });
    }
}
