const std = @import("std");
fn sum(comptime n: usize, v: @Vector(n, i32)) i32 {
    return @reduce(.Add, v);
}
const K = blk: {
    const a: @Vector(2, i32) = .{ 3, 4 };
    break :blk a * a;
};
pub fn main() void {
    var v: @Vector(3, i32) = .{ 1, 2, 3 };
    v = @shuffle(i32, v, undefined, [3]i32{ 2, 1, 0 });
    std.debug.print("{any} {d} {any}\n", .{ v, sum(3, v), K });
    comptime var c: @Vector(2, u8) = .{ 1, 2 };
    c += .{ 1, 1 };
    std.debug.print("{any}\n", .{c});
    const arr = [_]@Vector(2, u8){ .{ 1, 2 }, .{ 3, 4 } };
    for (arr) |x| std.debug.print("{any} ", .{x});
    std.debug.print("\n", .{});
    var u: @Vector(2, u64) = undefined;
    u[0] = 1;
    u[1] = 2;
    std.debug.print("{any}\n", .{u});
    const z: @Vector(2, f64) = @splat(0);
    std.debug.print("{d} {} {}\n", .{ z, @reduce(.Max, z), z[1] });
    const p = &v[1];
    p.* = 9;
    const ptrs: @Vector(2, *const i32) = .{ &v[0], &v[2] };
    std.debug.print("{any} {s} {d}\n", .{ v, @typeName(@TypeOf(p)), ptrs[1].* });
}
