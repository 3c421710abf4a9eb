const std = @import("std");

const Expr = union(enum) {
    num: f64,
    variable: []const u8,
    neg: *const Expr,
    bin: struct { op: u8, lhs: *const Expr, rhs: *const Expr },

    fn eval(self: *const Expr, x: f64) error{ DivByZero, UnknownOp }!f64 {
        return switch (self.*) {
            .num => |n| n,
            .variable => x,
            .neg => |inner| -(try inner.eval(x)),
            .bin => |b| blk: {
                const l = try b.lhs.eval(x);
                const r = try b.rhs.eval(x);
                break :blk switch (b.op) {
                    '+' => l + r,
                    '-' => l - r,
                    '*' => l * r,
                    '/' => if (r == 0) error.DivByZero else l / r,
                    else => error.UnknownOp,
                };
            },
        };
    }

    fn print(self: *const Expr) void {
        switch (self.*) {
            .num => |n| std.debug.print("{d}", .{n}),
            .variable => |name| std.debug.print("{s}", .{name}),
            .neg => |inner| {
                std.debug.print("-", .{});
                inner.print();
            },
            .bin => |b| {
                std.debug.print("(", .{});
                b.lhs.print();
                std.debug.print(" {c} ", .{b.op});
                b.rhs.print();
                std.debug.print(")", .{});
            },
        }
    }
};

const Builder = struct {
    arena: std.mem.Allocator,
    fn make(self: Builder, e: Expr) !*const Expr {
        const p = try self.arena.create(Expr);
        p.* = e;
        return p;
    }
    fn bin(self: Builder, op: u8, l: *const Expr, r: *const Expr) !*const Expr {
        return self.make(.{ .bin = .{ .op = op, .lhs = l, .rhs = r } });
    }
};

pub fn main() !void {
    var arena = std.heap.ArenaAllocator.init(std.heap.page_allocator);
    defer arena.deinit();
    const b = Builder{ .arena = arena.allocator() };

    const x = try b.make(.{ .variable = "x" });
    const two = try b.make(.{ .num = 2 });
    // (x * x - 2) / (x - 2)
    const top = try b.bin('-', try b.bin('*', x, x), two);
    const expr = try b.bin('/', top, try b.bin('-', x, two));
    const negx = try b.make(.{ .neg = try b.bin('+', x, try b.make(.{ .num = 0.5 })) });

    for ([_]f64{ 0, 1, 3, 2 }) |v| {
        expr.print();
        std.debug.print(" at x={d}: ", .{v});
        if (expr.eval(v)) |r| std.debug.print("{d:.3}\n", .{r}) else |err| std.debug.print("error {s}\n", .{@errorName(err)});
    }
    negx.print();
    std.debug.print(" = {d}\n", .{try negx.eval(1.5)});
    const bad = try b.bin('%', x, two);
    std.debug.print("tag of bad: {s}\n", .{@tagName(bad.*)});
    _ = try bad.eval(1);
}
