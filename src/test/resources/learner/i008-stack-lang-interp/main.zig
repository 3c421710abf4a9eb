const std = @import("std");

const Error = error{ StackUnderflow, DivisionByZero, UnknownWord };

const Machine = struct {
    stack: std.ArrayList(i64),
    out: std.ArrayList(u8),

    fn pop(self: *Machine) Error!i64 {
        if (self.stack.items.len == 0) return error.StackUnderflow;
        const v = self.stack.items[self.stack.items.len - 1];
        self.stack.items.len -= 1;
        return v;
    }

    fn exec(self: *Machine, word: []const u8) !void {
        if (std.fmt.parseInt(i64, word, 10)) |n| {
            return self.stack.append(n);
        } else |_| {}
        const Op = enum { add, sub, mul, div, dup, swap, over, drop, emit, dot };
        const op = std.meta.stringToEnum(Op, word) orelse
            (if (word.len == 1) switch (word[0]) {
                '+' => Op.add,
                '-' => Op.sub,
                '*' => Op.mul,
                '/' => Op.div,
                '.' => Op.dot,
                else => return error.UnknownWord,
            } else return error.UnknownWord);
        switch (op) {
            .add, .sub, .mul, .div => {
                const b = try self.pop();
                const a = try self.pop();
                try self.stack.append(switch (op) {
                    .add => a + b,
                    .sub => a - b,
                    .mul => a * b,
                    .div => if (b == 0) return error.DivisionByZero else @divTrunc(a, b),
                    else => unreachable,
                });
            },
            .dup => {
                const a = try self.pop();
                try self.stack.appendNTimes(a, 2);
            },
            .swap => {
                const b = try self.pop();
                const a = try self.pop();
                try self.stack.appendSlice(&.{ b, a });
            },
            .over => {
                if (self.stack.items.len < 2) return error.StackUnderflow;
                try self.stack.append(self.stack.items[self.stack.items.len - 2]);
            },
            .drop => _ = try self.pop(),
            .emit => try self.out.append(@intCast(try self.pop())),
            .dot => try self.out.writer().print("{d} ", .{try self.pop()}),
        }
    }

    fn run(self: *Machine, src: []const u8) !void {
        var it = std.mem.tokenizeAny(u8, src, " \n\t");
        while (it.next()) |w| try self.exec(w);
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var m = Machine{ .stack = std.ArrayList(i64).init(a), .out = std.ArrayList(u8).init(a) };
    defer m.stack.deinit();
    defer m.out.deinit();

    const programs = [_][]const u8{
        "2 3 + 4 * .",
        "72 emit 105 emit 10 3 swap - .",
        "5 dup * dup . 7 over . . .",
        "1 2 frob",
        "+",
        "10 2 2 - /",
    };
    for (programs) |p| {
        m.stack.clearRetainingCapacity();
        m.out.clearRetainingCapacity();
        m.run(p) catch |err| {
            std.debug.print("{s:<32} => error {s} (stack {any})\n", .{ p, @errorName(err), m.stack.items });
            continue;
        };
        std.debug.print("{s:<32} => {s}\n", .{ p, m.out.items });
    }
    try m.run("1 0 /");
}
