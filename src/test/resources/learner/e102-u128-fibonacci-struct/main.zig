const std = @import("std");

fn fibonacci(n: u32) u128 {
    var a: u128 = 0;
    var b: u128 = 1;
    var i: u32 = 0;
    while (i < n) : (i += 1) {
        const next = a + b;
        a = b;
        b = next;
    }
    return a;
}

const Pair = struct {
    index: u32,
    value: u128,
};

pub fn main() void {
    var table: [4]Pair = undefined;
    for (&table, [_]u32{ 10, 93, 94, 150 }) |*slot, n| {
        slot.* = .{ .index = n, .value = fibonacci(n) };
    }
    for (table) |p| {
        std.debug.print("fib({d}) = {d}\n", .{ p.index, p.value });
    }
    // fib(93) is the last one that fits in a u64
    const last64: u64 = @intCast(table[1].value);
    std.debug.print("as u64: {d}\n", .{last64});
    std.debug.print("ratio fib(150)/fib(149) ~ {d:.6}\n", .{@as(f64, @floatFromInt(fibonacci(150))) / @as(f64, @floatFromInt(fibonacci(149)))});
    std.debug.print("sizeof Pair = {d}\n", .{@sizeOf(Pair)});
    std.debug.print("{any}\n", .{table[0]});
}
