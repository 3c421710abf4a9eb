const std = @import("std");

const Op = enum { add, sub, mul, div };

fn apply(op: Op, a: i32, b: i32) !i32 {
    return switch (op) {
        .add => a + b,
        .sub => a - b,
        .mul => a * b,
        .div => if (b == 0) error.DivideByZero else @divTrunc(a, b),
    };
}

fn evalRpn(tokens: []const []const u8) !i32 {
    var stack: [8]i32 = undefined;
    var sp: usize = 0;
    for (tokens) |t| {
        const op: ?Op = if (t.len == 1) switch (t[0]) {
            '+' => .add,
            '-' => .sub,
            '*' => .mul,
            '/' => .div,
            else => null,
        } else null;
        if (op) |o| {
            if (sp < 2) return error.StackUnderflow;
            const b = stack[sp - 1];
            const a = stack[sp - 2];
            sp -= 2;
            stack[sp] = try apply(o, a, b);
            sp += 1;
        } else {
            stack[sp] = try std.fmt.parseInt(i32, t, 10);
            sp += 1;
        }
    }
    if (sp != 1) return error.LeftoverValues;
    return stack[0];
}

pub fn main() !void {
    const exprs = [_][]const []const u8{
        &.{ "3", "4", "+", "2", "*" },
        &.{ "10", "3", "/", "-7", "*" },
        &.{ "1", "0", "/" },
        &.{ "+" },
        &.{ "1", "2" },
        &.{ "2", "x", "+" },
    };
    for (exprs) |e| {
        if (evalRpn(e)) |v| {
            std.debug.print("{s} = {d}\n", .{ e, v });
        } else |err| std.debug.print("{s} -> {s}\n", .{ e, @errorName(err) });
    }
    const deep = [_][]const u8{ "1", "1", "1", "1", "1", "1", "1", "1", "1" };
    _ = try evalRpn(&deep);
}
