const std = @import("std");

fn cmp(target: i32, item: i32) std.math.Order {
    return std.math.order(target, item);
}

pub fn main() void {
    const items = [_]i32{ 1, 2, 2, 2, 5, 8 };
    const r = std.sort.equalRange(i32, &items, @as(i32, 2), cmp);
    std.debug.print("2: {} {}\n", .{ r[0], r[1] });
    const m = std.sort.equalRange(i32, &items, @as(i32, 3), cmp);
    std.debug.print("3 (absent): {} {}\n", .{ m[0], m[1] });
    const o = std.sort.equalRange(i32, &items, @as(i32, 8), cmp);
    std.debug.print("8: {} {}\n", .{ o[0], o[1] });
    const e = std.sort.equalRange(i32, &[_]i32{}, @as(i32, 8), cmp);
    std.debug.print("empty: {} {}\n", .{ e[0], e[1] });
}
