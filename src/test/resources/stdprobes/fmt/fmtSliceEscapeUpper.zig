const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    std.debug.print("[{}]\n", .{fmt.fmtSliceEscapeUpper("abc\n\x00\xff")});
    std.debug.print("[{}]\n", .{fmt.fmtSliceEscapeUpper("tab\there")});
    std.debug.print("[{}]\n", .{fmt.fmtSliceEscapeUpper("")});
}
