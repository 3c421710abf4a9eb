const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    std.debug.print("[{}]\n", .{fmt.fmtSliceHexLower("\x00\xab\xff")});
    std.debug.print("[{}]\n", .{fmt.fmtSliceHexLower("Zig")});
    std.debug.print("[{}]\n", .{fmt.fmtSliceHexLower("")});
}
