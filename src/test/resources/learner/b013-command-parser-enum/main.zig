const std = @import("std");

const Command = enum { push, pop, add, mul, dup, print };

const Machine = struct {
    stack: [16]i64 = undefined,
    len: usize = 0,

    fn push(self: *Machine, v: i64) void {
        self.stack[self.len] = v;
        self.len += 1;
    }

    fn take(self: *Machine) !i64 {
        if (self.len == 0) return error.StackEmpty;
        self.len -= 1;
        return self.stack[self.len];
    }

    fn run(self: *Machine, line: []const u8) !void {
        var parts = std.mem.tokenizeScalar(u8, line, ' ');
        const name = parts.next() orelse return;
        const cmd = std.meta.stringToEnum(Command, name) orelse {
            std.debug.print("unknown command '{s}'\n", .{name});
            return error.UnknownCommand;
        };
        switch (cmd) {
            .push => {
                const arg = parts.next() orelse return error.MissingArgument;
                self.push(try std.fmt.parseInt(i64, arg, 10));
            },
            .pop => _ = try self.take(),
            .add => self.push(try self.take() + try self.take()),
            .mul => self.push(try self.take() * try self.take()),
            .dup => {
                const v = try self.take();
                self.push(v);
                self.push(v);
            },
            .print => std.debug.print("stack: {any}\n", .{self.stack[0..self.len]}),
        }
    }
};

pub fn main() !void {
    const program =
        \\push 3
        \\push 4
        \\add
        \\dup
        \\mul
        \\print
        \\push -2
        \\print
        \\swap
        \\print
    ;
    var m = Machine{};
    var lines = std.mem.splitScalar(u8, program, '\n');
    while (lines.next()) |line| {
        std.debug.print("> {s}\n", .{line});
        try m.run(line);
    }
}
