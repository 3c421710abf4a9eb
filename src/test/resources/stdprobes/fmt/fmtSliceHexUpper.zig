const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    std.debug.print("[{}]\n", .{fmt.fmtSliceHexUpper("\x00\xab\xff")});
    std.debug.print("[{}]\n", .{fmt.fmtSliceHexUpper("Zig")});
    std.debug.print("[{}]\n", .{fmt.fmtSliceHexUpper("")});
}
