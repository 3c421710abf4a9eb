const std = @import("std");

const Op = enum { push, add, mul, dup, swap, jz, jmp, print, halt };
const Instr = struct { op: Op, arg: i32 = 0 };

const Vm = struct {
    stack: [16]i32 = undefined,
    sp: usize = 0,
    pc: usize = 0,

    fn push(self: *Vm, v: i32) void {
        self.stack[self.sp] = v;
        self.sp += 1;
    }
    fn pop(self: *Vm) i32 {
        self.sp -= 1;
        return self.stack[self.sp];
    }
    fn run(self: *Vm, prog: []const Instr) void {
        while (self.pc < prog.len) {
            const in = prog[self.pc];
            self.pc += 1;
            switch (in.op) {
                .push => self.push(in.arg),
                .add => self.push(self.pop() + self.pop()),
                .mul => self.push(self.pop() * self.pop()),
                .dup => {
                    const v = self.pop();
                    self.push(v);
                    self.push(v);
                },
                .swap => {
                    const a = self.pop();
                    const b = self.pop();
                    self.push(a);
                    self.push(b);
                },
                .jz => if (self.pop() == 0) {
                    self.pc = @intCast(in.arg);
                },
                .jmp => self.pc = @intCast(in.arg),
                .print => std.debug.print("out: {d}\n", .{self.stack[self.sp - 1]}),
                .halt => return,
            }
        }
    }
};

pub fn main() void {
    // countdown from 3, then compute 6*7
    const prog = [_]Instr{
        .{ .op = .push, .arg = 3 },
        .{ .op = .print },
        .{ .op = .push, .arg = -1 },
        .{ .op = .add },
        .{ .op = .dup },
        .{ .op = .jz, .arg = 7 },
        .{ .op = .jmp, .arg = 1 },
        .{ .op = .push, .arg = 6 },
        .{ .op = .push, .arg = 7 },
        .{ .op = .mul },
        .{ .op = .print },
        .{ .op = .add },
        .{ .op = .add },
    };
    var vm = Vm{};
    vm.run(&prog);
    std.debug.print("sp={d} pc={d}\n", .{ vm.sp, vm.pc });
}
