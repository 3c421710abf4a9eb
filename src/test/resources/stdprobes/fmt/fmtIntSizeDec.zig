const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    std.debug.print("[{}]\n", .{fmt.fmtIntSizeDec(0)});
    std.debug.print("[{}]\n", .{fmt.fmtIntSizeDec(999)});
    std.debug.print("[{}]\n", .{fmt.fmtIntSizeDec(1500)});
    std.debug.print("[{:.2}]\n", .{fmt.fmtIntSizeDec(123456789)});
    std.debug.print("[{}]\n", .{fmt.fmtIntSizeDec(std.math.maxInt(u64))});
}
