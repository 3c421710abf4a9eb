const std = @import("std");

const Instr = union(enum) {
    push: i64,
    add,
    mul,
    jmp_if_zero: usize,
    load: u8,
    store: u8,
    print,
    halt,
};

fn run(code: []const Instr, regs: *[4]i64) !usize {
    var stack: [16]i64 = undefined;
    var sp: usize = 0;
    var pc: usize = 0;
    var executed: usize = 0;
    while (pc < code.len) : (executed += 1) {
        const ins = code[pc];
        pc += 1;
        switch (ins) {
            .push => |v| {
                stack[sp] = v;
                sp += 1;
            },
            .add, .mul => {
                sp -= 1;
                const b = stack[sp];
                const a = stack[sp - 1];
                stack[sp - 1] = if (ins == .add) a + b else a * b;
            },
            .jmp_if_zero => |target| {
                sp -= 1;
                if (stack[sp] == 0) pc = target;
            },
            .load => |r| {
                stack[sp] = regs[r];
                sp += 1;
            },
            .store => |r| {
                sp -= 1;
                regs[r] = stack[sp];
            },
            .print => std.debug.print("top = {d}\n", .{stack[sp - 1]}),
            .halt => return executed + 1,
        }
    }
    return error.RanOffEnd;
}

pub fn main() !void {
    const prog = [_]Instr{
        .{ .push = 6 },  .{ .push = 7 },     .mul,
        .print,          .{ .store = 0 },    .{ .load = 0 },
        .{ .push = -42 }, .add,              .{ .jmp_if_zero = 10 },
        .print,          .halt,
    };
    var regs = [_]i64{0} ** 4;
    const n = try run(&prog, &regs);
    std.debug.print("executed {d}, regs {any}\n", .{ n, regs });
    std.debug.print("{any}\n", .{prog[0..3]});
    std.debug.print("{}\n", .{prog[8]});
    _ = try run(prog[0..4], &regs);
}
