const std = @import("std");

fn cmpU32(target: u32, item: u32) std.math.Order {
    return std.math.order(target, item);
}

const Event = struct { t: u32, label: []const u8 };

fn cmpEvent(t: u32, e: Event) std.math.Order {
    return std.math.order(t, e.t);
}

pub fn main() void {
    const sorted = [_]u32{ 1, 3, 3, 3, 8, 13, 21, 21, 34 };
    for ([_]u32{ 3, 21, 5, 0, 40 }) |t| {
        const found = std.sort.binarySearch(u32, &sorted, t, cmpU32);
        const lo = std.sort.lowerBound(u32, &sorted, t, cmpU32);
        const hi = std.sort.upperBound(u32, &sorted, t, cmpU32);
        std.debug.print("{d:>2}: found={?d} lower={d} upper={d} count={d}\n", .{ t, found, lo, hi, hi - lo });
    }

    const events = [_]Event{ .{ .t = 10, .label = "boot" }, .{ .t = 25, .label = "login" }, .{ .t = 40, .label = "work" }, .{ .t = 90, .label = "logout" } };
    for ([_]u32{ 30, 40, 100 }) |t| {
        const i = std.sort.upperBound(Event, &events, t, cmpEvent);
        const what = if (i == 0) "nothing" else events[i - 1].label;
        std.debug.print("at t={d} the last event was {s}\n", .{ t, what });
    }

    const temps = [_]i16{ 12, -4, 19, 27, 27, -4, 8 };
    std.debug.print("isSorted: {} / {}\n", .{ std.sort.isSorted(i16, &temps, {}, std.sort.asc(i16)), std.sort.isSorted(u32, &sorted, {}, std.sort.asc(u32)) });
    std.debug.print("argMin {?d} argMax {?d}\n", .{ std.sort.argMin(i16, &temps, {}, std.sort.asc(i16)), std.sort.argMax(i16, &temps, {}, std.sort.asc(i16)) });
    std.debug.print("sort.min {?d} sort.max {?d}\n", .{ std.sort.min(i16, &temps, {}, std.sort.asc(i16)), std.sort.max(i16, &temps, {}, std.sort.asc(i16)) });
    std.debug.print("mem.indexOfMin {d} indexOfMax {d}\n", .{ std.mem.indexOfMin(i16, &temps), std.mem.indexOfMax(i16, &temps) });
    std.debug.print("mem.min {d} mem.max {d}\n", .{ std.mem.min(i16, &temps), std.mem.max(i16, &temps) });
    const lo, const hi = std.mem.minMax(i16, &temps);
    std.debug.print("minMax ({d}, {d})\n", .{ lo, hi });
    const empty = [_]i16{};
    std.debug.print("argMax of empty: {?d}\n", .{std.sort.argMax(i16, &empty, {}, std.sort.asc(i16))});
}
