const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    std.debug.print("[{}]\n", .{fmt.fmtIntSizeBin(0)});
    std.debug.print("[{}]\n", .{fmt.fmtIntSizeBin(1023)});
    std.debug.print("[{}]\n", .{fmt.fmtIntSizeBin(1536)});
    std.debug.print("[{:.1}]\n", .{fmt.fmtIntSizeBin(10 * 1024 * 1024)});
    std.debug.print("[{:>10}]\n", .{fmt.fmtIntSizeBin(2048)});
}
