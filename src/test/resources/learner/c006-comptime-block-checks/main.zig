const std = @import("std");

const Opcode = enum(u8) {
    halt = 0,
    push = 1,
    add = 2,
    mul = 3,
    print = 4,
};

const opcode_names = [_][]const u8{ "halt", "push", "add", "mul", "print" };

comptime {
    // every opcode has a name, and the names are in value order
    const fields = @typeInfo(Opcode).@"enum".fields;
    if (fields.len != opcode_names.len) @compileError("opcode_names out of date");
    for (fields, 0..) |f, i| {
        if (f.value != i) @compileError("opcodes must be dense: " ++ f.name);
        if (!std.mem.eql(u8, f.name, opcode_names[i])) @compileError("name mismatch for " ++ f.name);
    }
}

const Header = extern struct {
    magic: u32,
    version: u16,
    flags: u16,
};

comptime {
    if (@sizeOf(Header) != 8) @compileError("Header must be 8 bytes");
    std.debug.assert(@alignOf(Header) == 4);
}

const program = [_]u8{ 1, 6, 1, 7, 3, 1, 2, 2, 4, 0 };

comptime {
    var i: usize = 0;
    var depth: i32 = 0;
    while (i < program.len) : (i += 1) {
        const op: Opcode = @enumFromInt(program[i]);
        switch (op) {
            .push => {
                i += 1;
                depth += 1;
            },
            .add, .mul => depth -= 1,
            .print, .halt => {},
        }
        if (depth < 0) @compileError("stack underflow in program");
    }
}

pub fn main() void {
    var stack: [8]i64 = undefined;
    var sp: usize = 0;
    var pc: usize = 0;
    while (true) {
        const op: Opcode = @enumFromInt(program[pc]);
        std.debug.print("{d:>2}: {s}\n", .{ pc, opcode_names[@intFromEnum(op)] });
        pc += 1;
        switch (op) {
            .halt => break,
            .push => {
                stack[sp] = program[pc];
                sp += 1;
                pc += 1;
            },
            .add, .mul => {
                sp -= 1;
                const b = stack[sp];
                const a = stack[sp - 1];
                stack[sp - 1] = if (op == .add) a + b else a * b;
            },
            .print => std.debug.print("    top = {d}\n", .{stack[sp - 1]}),
        }
    }
    std.debug.print("header is {d} bytes\n", .{@sizeOf(Header)});
}
