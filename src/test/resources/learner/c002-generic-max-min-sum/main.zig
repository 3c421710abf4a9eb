const std = @import("std");

fn maxOf(items: anytype) @TypeOf(items[0]) {
    var best = items[0];
    for (items[1..]) |x| {
        if (x > best) best = x;
    }
    return best;
}

fn minOf(comptime T: type, items: []const T) ?T {
    if (items.len == 0) return null;
    var best = items[0];
    for (items) |x| best = @min(best, x);
    return best;
}

fn sum(comptime T: type, items: []const T) T {
    var total: T = 0;
    for (items) |x| total += x;
    return total;
}

fn mean(items: anytype) f64 {
    const T = @TypeOf(items[0]);
    const total = sum(T, items);
    const as_float: f64 = switch (@typeInfo(T)) {
        .int => @floatFromInt(total),
        .float => @floatCast(total),
        else => @compileError("mean needs numbers"),
    };
    return as_float / @as(f64, @floatFromInt(items.len));
}

pub fn main() void {
    const ints = [_]i32{ 4, -7, 19, 3, 0, 11 };
    const bytes = [_]u8{ 20, 17, 99 };
    const floats = [_]f32{ 2.5, -1.25, 8.0, 3.75 };
    const empty = [_]u16{};

    std.debug.print("ints: max={d} min={?d} sum={d} mean={d:.2}\n", .{
        maxOf(ints[0..]), minOf(i32, &ints), sum(i32, &ints), mean(ints[0..]),
    });
    std.debug.print("bytes: max={d} min={?d} mean={d:.3}\n", .{
        maxOf(bytes[0..]), minOf(u8, &bytes), mean(bytes[0..]),
    });
    std.debug.print("floats: max={d} min={?d} sum={d} mean={d}\n", .{
        maxOf(floats[0..]), minOf(f32, &floats), sum(f32, &floats), mean(floats[0..]),
    });
    std.debug.print("empty: min={?d} sum={d}\n", .{ minOf(u16, &empty), sum(u16, &empty) });

    const big = sum(u64, &[_]u64{ 1 << 40, 1 << 41, 7 });
    std.debug.print("big sum {d} (hex {x})\n", .{ big, big });
}
