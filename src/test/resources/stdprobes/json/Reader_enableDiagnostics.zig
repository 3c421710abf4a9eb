const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var fbs = std.io.fixedBufferStream("[1,\n 22,\n 3x]");
    var r = std.json.Reader(4, @TypeOf(fbs.reader())).init(a, fbs.reader());
    defer r.deinit();
    var diag = std.json.Diagnostics{};
    r.enableDiagnostics(&diag);
    while (true) {
        const t = r.next() catch |err| {
            std.debug.print("{} line {d} col {d} offset {d}\n", .{ err, diag.getLine(), diag.getColumn(), diag.getByteOffset() });
            break;
        };
        if (t == .end_of_document) break;
        std.debug.print("{s} line {d} col {d}\n", .{ @tagName(t), diag.getLine(), diag.getColumn() });
    }
}
