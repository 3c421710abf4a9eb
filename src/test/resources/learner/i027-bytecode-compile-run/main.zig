const std = @import("std");

const Op = enum(u8) { push, add, sub, dup, jz, jmp, print, halt, swap };
const Instr = struct { op: Op, arg: i32 = 0 };

fn compile(a: std.mem.Allocator, src: []const u8) ![]Instr {
    var code = std.ArrayList(Instr).init(a);
    errdefer code.deinit();
    var lines = std.mem.tokenizeScalar(u8, src, ';');
    while (lines.next()) |raw| {
        const line = std.mem.trim(u8, raw, " ");
        var parts = std.mem.splitScalar(u8, line, ' ');
        const op = std.meta.stringToEnum(Op, parts.first()) orelse return error.UnknownOp;
        const arg = if (parts.next()) |s| try std.fmt.parseInt(i32, s, 0) else 0;
        try code.append(.{ .op = op, .arg = arg });
    }
    return code.toOwnedSlice();
}

fn run(code: []const Instr) void {
    var stack: [8]i32 = undefined;
    var sp: usize = 0;
    var pc: usize = 0;
    var steps: usize = 0;
    while (true) : (steps += 1) {
        const in = code[pc];
        pc += 1;
        switch (in.op) {
            .push => {
                stack[sp] = in.arg;
                sp += 1;
            },
            .add, .sub => {
                sp -= 1;
                stack[sp - 1] = if (in.op == .add) stack[sp - 1] + stack[sp] else stack[sp - 1] - stack[sp];
            },
            .dup => {
                stack[sp] = stack[sp - 1];
                sp += 1;
            },
            .swap => std.mem.swap(i32, &stack[sp - 1], &stack[sp - 2]),
            .jz => {
                sp -= 1;
                if (stack[sp] == 0) pc = @intCast(in.arg);
            },
            .jmp => pc = @intCast(in.arg),
            .print => std.debug.print("{d} ", .{stack[sp - 1]}),
            .halt => break,
        }
    }
    std.debug.print("\nhalted after {d} steps, sp={d}\n", .{ steps, sp });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();

    const countdown = "push 5; print; push 1; sub; dup; jz 7; jmp 1; halt";
    const code = try compile(a, countdown);
    defer a.free(code);
    std.debug.print("{d} instructions, first {s} {d}\n", .{ code.len, @tagName(code[0].op), code[0].arg });
    run(code);

    const bad = try compile(a, "push 0x10; push 2; add; print; jmp 0");
    defer a.free(bad);
    run(bad);
}
