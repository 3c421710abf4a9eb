const std = @import("std");

const Op = enum { push, add, sub, mul, div, dup, swap, print, jz, jmp, halt };
const Instr = struct { op: Op, arg: i64 = 0 };

fn run(code: []const Instr, stack: []i64) !void {
    var sp: usize = 0;
    var pc: usize = 0;
    var steps: usize = 0;
    while (pc < code.len) : (steps += 1) {
        if (steps > 1000) return error.TooManySteps;
        const in = code[pc];
        pc += 1;
        switch (in.op) {
            .push => {
                if (sp == stack.len) return error.StackOverflow;
                stack[sp] = in.arg;
                sp += 1;
            },
            .add, .sub, .mul, .div => {
                if (sp < 2) return error.StackUnderflow;
                const b = stack[sp - 1];
                const a = stack[sp - 2];
                sp -= 1;
                stack[sp - 1] = switch (in.op) {
                    .add => a + b,
                    .sub => a - b,
                    .mul => a * b,
                    .div => if (b == 0) return error.DivisionByZero else @divTrunc(a, b),
                    else => unreachable,
                };
            },
            .dup => {
                stack[sp] = stack[sp - 1];
                sp += 1;
            },
            .swap => std.mem.swap(i64, &stack[sp - 1], &stack[sp - 2]),
            .print => std.debug.print("{d}\n", .{stack[sp - 1]}),
            .jz => {
                sp -= 1;
                if (stack[sp] == 0) pc = @intCast(in.arg);
            },
            .jmp => pc = @intCast(in.arg),
            .halt => return,
        }
    }
}

pub fn main() !void {
    var stack: [8]i64 = undefined;
    const countdown = [_]Instr{
        .{ .op = .push, .arg = 3 },
        .{ .op = .dup },
        .{ .op = .print },
        .{ .op = .push, .arg = 1 },
        .{ .op = .sub },
        .{ .op = .dup },
        .{ .op = .jz, .arg = 8 },
        .{ .op = .jmp, .arg = 1 },
        .{ .op = .halt },
    };
    try run(&countdown, &stack);
    const bad = [_]Instr{ .{ .op = .push, .arg = 1 }, .{ .op = .push, .arg = 0 }, .{ .op = .div } };
    run(&bad, &stack) catch |err| std.debug.print("bad: {s}\n", .{@errorName(err)});
    const under = [_]Instr{.{ .op = .add }};
    run(&under, &stack) catch |err| std.debug.print("under: {s}\n", .{@errorName(err)});
    const swap_empty = [_]Instr{ .{ .op = .push, .arg = 9 }, .{ .op = .swap } };
    try run(&swap_empty, &stack);
}
