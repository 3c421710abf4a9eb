const std = @import("std");

// Loops and labeled switches left by a plain `break` while every other way out returns:
// the code after them still runs.
fn firstNegative(xs: []const i32) ?usize {
    var i: usize = 0;
    while (i < xs.len) : (i += 1) {
        if (xs[i] < 0) break;
    } else return null;
    return i;
}

fn countUntilZero(xs: []const u8) usize {
    var n: usize = 0;
    for (xs) |x| {
        if (x == 0) break;
        n += 1;
    } else return 999;
    return n;
}

fn digitsOf(start: u32) u32 {
    var n = start;
    var digits: u32 = 0;
    loop: switch (n) {
        0...9 => {
            digits += 1;
            break :loop;
        },
        else => {
            digits += 1;
            n /= 10;
            continue :loop n;
        },
    }
    return digits;
}

pub fn main() void {
    std.debug.print("{?d} {?d}\n", .{ firstNegative(&.{ 3, 1, -4, 1 }), firstNegative(&.{ 1, 2 }) });
    std.debug.print("{d} {d}\n", .{ countUntilZero(&.{ 5, 6, 0, 7 }), countUntilZero(&.{ 1, 2 }) });
    for ([_]u32{ 0, 7, 42, 1000, 4294967295 }) |v| {
        std.debug.print("digits({d}) = {d}\n", .{ v, digitsOf(v) });
    }
}
