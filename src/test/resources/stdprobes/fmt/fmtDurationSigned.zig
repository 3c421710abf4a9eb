const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    std.debug.print("[{}]\n", .{fmt.fmtDurationSigned(0)});
    std.debug.print("[{}]\n", .{fmt.fmtDurationSigned(-1_500_000)});
    std.debug.print("[{}]\n", .{fmt.fmtDurationSigned(61 * std.time.ns_per_s)});
    std.debug.print("[{:>12}]\n", .{fmt.fmtDurationSigned(-5)});
}
