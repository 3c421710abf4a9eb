const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    std.debug.print("[{}]\n", .{fmt.fmtSliceEscapeLower("abc\n\x00\xff")});
    std.debug.print("[{}]\n", .{fmt.fmtSliceEscapeLower("plain text")});
    std.debug.print("[{}]\n", .{fmt.fmtSliceEscapeLower("")});
}
