const std = @import("std");

const Op = enum(u8) { push, add, sub, mul, dup, jnz, dec, print, halt, _ };

const Vm = struct {
    code: []const u8,
    pc: usize = 0,
    stack: [32]i32 = undefined,
    sp: usize = 0,
    steps: u32 = 0,

    fn push(self: *Vm, v: i32) void {
        self.stack[self.sp] = v;
        self.sp += 1;
    }
    fn pop(self: *Vm) i32 {
        self.sp -= 1;
        return self.stack[self.sp];
    }

    fn run(self: *Vm) !void {
        while (true) {
            self.steps += 1;
            const op: Op = @enumFromInt(self.code[self.pc]);
            self.pc += 1;
            switch (op) {
                .push => {
                    self.push(@as(i8, @bitCast(self.code[self.pc])));
                    self.pc += 1;
                },
                .add => self.push(self.pop() + self.pop()),
                .sub => {
                    const b = self.pop();
                    self.push(self.pop() - b);
                },
                .mul => self.push(self.pop() * self.pop()),
                .dup => {
                    const v = self.pop();
                    self.push(v);
                    self.push(v);
                },
                .dec => self.stack[self.sp - 1] -= 1,
                .jnz => {
                    const target = self.code[self.pc];
                    self.pc += 1;
                    if (self.pop() != 0) self.pc = target;
                },
                .print => std.debug.print("out: {d}\n", .{self.stack[self.sp - 1]}),
                .halt => return,
                _ => return error.BadOpcode,
            }
        }
    }
};

fn opc(o: Op) u8 {
    return @intFromEnum(o);
}

pub fn main() !void {
    // countdown from 3, then 2 * 7 - 4
    const prog = [_]u8{ opc(.push), 3, opc(.print), opc(.dec), opc(.dup), opc(.jnz), 2, opc(.push), 2, opc(.push), 7, opc(.mul), opc(.push), 0xfc, opc(.add), opc(.print), opc(.halt) };
    var vm = Vm{ .code = &prog };
    try vm.run();
    std.debug.print("steps={d} sp={d}\n", .{ vm.steps, vm.sp });
    var bad = Vm{ .code = &[_]u8{ opc(.push), 2, 42 } };
    bad.run() catch |e| std.debug.print("bad: {s} at pc {d}\n", .{ @errorName(e), bad.pc });
    var overflow = Vm{ .code = &[_]u8{ opc(.push), 100, opc(.dup), opc(.mul), opc(.dup), opc(.mul), opc(.dup), opc(.mul), opc(.halt) } };
    try overflow.run();
}
