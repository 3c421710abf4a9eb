const std = @import("std");

pub fn main() void {
    var it = std.mem.tokenizeSequence(u8, "a<>b<><>c<>", "<>");
    while (it.next()) |t| std.debug.print("token: [{s}]\n", .{t});
    var e = std.mem.tokenizeSequence(u8, "<><>", "<>");
    std.debug.print("only delims: {?s}\n", .{e.next()});
    var h = std.mem.tokenizeSequence(u8, "a<b>c", "<>");
    std.debug.print("half delim: {?s}\n", .{h.next()});
}
