const std = @import("std");
pub fn main() void {
    var a: u32 = 1000;
    var b: i64 = -5;
    _ = .{ &a, &b };
    const m1 = @min(a, 10);
    const m2 = @max(a, 10);
    const m3 = @min(b, 0);
    const m4 = @min(@as(u8, 200), a);
    const m5 = @max(b, -3, 7);
    std.debug.print("{s} {s} {s} {s} {s}\n", .{ @typeName(@TypeOf(m1)), @typeName(@TypeOf(m2)), @typeName(@TypeOf(m3)), @typeName(@TypeOf(m4)), @typeName(@TypeOf(m5)) });
    std.debug.print("{d} {d} {d} {d} {d}\n", .{ m1, m2, m3, m4, m5 });
    var small = @min(a, 100);
    small += 20;
    std.debug.print("{d} {s}\n", .{ small, @typeName(@TypeOf(small)) });
    small += 10;
    std.debug.print("{d}\n", .{small});
}
