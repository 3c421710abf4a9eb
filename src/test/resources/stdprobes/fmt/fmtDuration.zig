const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    std.debug.print("[{}]\n", .{fmt.fmtDuration(0)});
    std.debug.print("[{}]\n", .{fmt.fmtDuration(999)});
    std.debug.print("[{}]\n", .{fmt.fmtDuration(1_500_000)});
    std.debug.print("[{}]\n", .{fmt.fmtDuration(3 * std.time.ns_per_hour + 2 * std.time.ns_per_min + 500 * std.time.ns_per_ms)});
    std.debug.print("[{}]\n", .{fmt.fmtDuration(8 * std.time.ns_per_week + std.time.ns_per_day)});
}
