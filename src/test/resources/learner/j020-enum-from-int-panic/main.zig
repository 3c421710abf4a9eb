const std = @import("std");

const Op = enum(u8) { add = 1, sub = 2, mul = 3 };

fn apply(op: Op, a: i32, b: i32) i32 {
    return switch (op) {
        .add => a + b,
        .sub => a - b,
        .mul => a * b,
    };
}

pub fn main() !void {
    const out = std.io.getStdOut().writer();
    const program = [_]u8{ 1, 5, 3, 3, 2, 4, 7, 1 };
    var acc: i32 = 0;
    var i: usize = 0;
    while (i + 1 < program.len) : (i += 2) {
        const op: Op = @enumFromInt(program[i]);
        acc = apply(op, acc, program[i + 1]);
        try out.print("{s:<4} {d} -> {d}\n", .{ @tagName(op), program[i + 1], acc });
    }
}
