const std = @import("std");

fn wideLen(p: [*:0]const u16) usize {
    return std.mem.len(p);
}

fn sum(comptime T: type, p: anytype) T {
    var total: T = 0;
    for (std.mem.span(p)) |v| total += v;
    return total;
}

pub fn main() void {
    const word = [_:0]u16{ 'z', 'i', 'g' };
    std.debug.print("len {d}\n", .{wideLen(&word)});
    var nums = [_]u32{ 3, 4, 5, 99, 6 };
    const upto: [*:99]u32 = nums[0..3 :99];
    std.debug.print("sum {d} len {d}\n", .{ sum(u32, upto), std.mem.len(upto) });
    const c: [*c]const u16 = &word;
    std.debug.print("c len {d}\n", .{std.mem.len(c)});
    const s = std.mem.sliceTo(upto, 4);
    std.debug.print("sliceTo {any}\n", .{s});
}
