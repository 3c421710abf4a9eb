const std = @import("std");
pub fn main() void {
    inline for (.{ @Vector(3, f32), @Vector(3, u8), @Vector(4, bool), @Vector(16, bool), @Vector(3, bool), @Vector(65, bool), @Vector(5, u64), @Vector(2, *u8), @Vector(3, u1), @Vector(3, u7), @Vector(3, u24), @Vector(1, u8), @Vector(2, u128), @Vector(3, f16), @Vector(100, u8), @Vector(3, i32), @Vector(0, u8), @Vector(3, u3) }) |T| {
        std.debug.print("{s} size={d} align={d} bits={d}\n", .{ @typeName(T), @sizeOf(T), @alignOf(T), @bitSizeOf(T) });
    }
    const v: @Vector(4, bool) = .{ true, false, true, true };
    const b: u4 = @bitCast(v);
    std.debug.print("{any} {any} {}\n", .{ v, b, v });
    const w: @Vector(3, f32) = .{ 1.5, 2.5, 3.5 };
    std.debug.print("{d} {any} {} {d:.2} {e} {d:>6}\n", .{ w, w, w, w, w, w });
    const u: @Vector(3, u8) = .{ 65, 66, 67 };
    std.debug.print("{x} {c} {any} {X:0>4} {b}\n", .{ u, u, u, u, u });
    std.debug.print("{}\n", .{@typeInfo(@Vector(3, u8))});
}
