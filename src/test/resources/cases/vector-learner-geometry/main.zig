const std = @import("std");

const Vec3 = @Vector(3, f32);

fn dot(a: Vec3, b: Vec3) f32 {
    return @reduce(.Add, a * b);
}

fn length(a: Vec3) f32 {
    return @sqrt(dot(a, a));
}

pub fn main() !void {
    const a: Vec3 = .{ 1, 2, 3 };
    const b: Vec3 = @splat(2);
    std.debug.print("a+b = {d}\n", .{a + b});
    std.debug.print("a*b = {any}\n", .{a * b});
    std.debug.print("dot = {d:.2}, |a| = {d:.3}\n", .{ dot(a, b), length(a) });
    const arr: [3]f32 = a;
    std.debug.print("as array {any}\n", .{arr});
    var ints: @Vector(4, i32) = .{ 1, -2, 3, -4 };
    ints = ints * @as(@Vector(4, i32), @splat(10));
    std.debug.print("{}\n", .{ints});
    const mask = ints > @as(@Vector(4, i32), @splat(15));
    std.debug.print("mask {any} any={}\n", .{ mask, @reduce(.Or, mask) });
    const sel = @select(i32, mask, ints, @as(@Vector(4, i32), @splat(0)));
    std.debug.print("sel {any} max {d}\n", .{ sel, @reduce(.Max, sel) });
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const p = try gpa.allocator().create(Vec3);
    defer gpa.allocator().destroy(p);
    p.* = a * a;
    std.debug.print("heap {d} sizeOf {d} align {d}\n", .{ p.*, @sizeOf(Vec3), @alignOf(Vec3) });
    var small: @Vector(2, u8) = .{ 200, 100 };
    small += @as(@Vector(2, u8), @splat(60));
    std.debug.print("{any}\n", .{small});
}
