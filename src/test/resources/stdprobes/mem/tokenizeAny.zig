const std = @import("std");

pub fn main() void {
    var it = std.mem.tokenizeAny(u8, "  a, b ,,c  ", " ,");
    while (it.next()) |t| std.debug.print("token: [{s}]\n", .{t});
    var e = std.mem.tokenizeAny(u8, "", " ");
    std.debug.print("empty: {?s}\n", .{e.next()});
    var d = std.mem.tokenizeAny(u8, " ,, ", " ,");
    std.debug.print("only delims: {?s}\n", .{d.next()});
}
