const std = @import("std");
const math = std.math;

pub fn main() !void {
    std.debug.print("gcd {d}\n", .{math.gcd(84, 36)});
    std.debug.print("add {!d} {!d}\n", .{ math.add(u8, 200, 55), math.add(u8, 200, 56) });
    std.debug.print("sub {!d} mul {!d}\n", .{ math.sub(u8, 3, 4), math.mul(i16, 300, 200) });
    std.debug.print("divCeil {!d} divFloor {!d} divTrunc {!d}\n", .{ math.divCeil(i32, 7, 2), math.divFloor(i32, -7, 2), math.divTrunc(i32, -7, 2) });
    std.debug.print("divExact {!d} {!d}\n", .{ math.divExact(u32, 12, 4), math.divExact(u32, 13, 4) });
    std.debug.print("clamp {d} {d} {d}\n", .{ math.clamp(@as(i32, -5), 0, 10), math.clamp(@as(i32, 5), 0, 10), math.clamp(@as(i32, 50), 0, 10) });
    std.debug.print("order {} {} {}\n", .{ math.order(1, 2), math.order(2, 2), math.order(3, 2) });
    std.debug.print("powi {!d} {!d}\n", .{ math.powi(i32, 3, 5), math.powi(u8, 2, 8) });
    std.debug.print("shl {d} shr {d} rotr {x}\n", .{ math.shl(u8, 0b1011, 3), math.shr(u8, 0b1011, 1), math.rotr(u16, 0x1234, 4) });
    std.debug.print("log2 {d} log10 {d} ceilPowerOfTwo {!d}\n", .{ math.log2(@as(u32, 37)), math.log10(@as(u32, 999)), math.ceilPowerOfTwo(u16, 300) });
    std.debug.print("isNan {} sign {d} copysign {d}\n", .{ math.isNan(math.nan(f32)), math.sign(@as(f64, -2.5)), math.copysign(@as(f64, 3), -1.0) });
    std.debug.print("hypot {d} atan2 {d:.4} pi {d:.6}\n", .{ math.hypot(@as(f64, 3), 4), math.atan2(@as(f64, 1), 1), math.pi });
    std.debug.print("degrees {d:.1} radians {d:.5}\n", .{ math.radiansToDegrees(math.pi / 3.0), math.degreesToRadians(@as(f64, 90)) });
    std.debug.print("approxEqRel {}\n", .{math.approxEqRel(f64, 100.0, 100.0001, 1e-5)});
    const total = try math.add(u16, 65000, 600);
    std.debug.print("{d}\n", .{total});
}
