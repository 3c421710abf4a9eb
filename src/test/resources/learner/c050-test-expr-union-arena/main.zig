const std = @import("std");
const testing = std.testing;

const Expr = union(enum) {
    num: f64,
    variable: []const u8,
    bin: struct { op: u8, l: *const Expr, r: *const Expr },

    fn eval(e: *const Expr, x: f64) error{ UnknownVar, BadOp, DivByZero }!f64 {
        return switch (e.*) {
            .num => |n| n,
            .variable => |name| if (std.mem.eql(u8, name, "x")) x else error.UnknownVar,
            .bin => |b| blk: {
                const l = try b.l.eval(x);
                const r = try b.r.eval(x);
                break :blk switch (b.op) {
                    '+' => l + r,
                    '-' => l - r,
                    '*' => l * r,
                    '/' => if (r == 0) error.DivByZero else l / r,
                    else => error.BadOp,
                };
            },
        };
    }
};

const Builder = struct {
    arena: std.heap.ArenaAllocator,

    fn init(child: std.mem.Allocator) Builder {
        return .{ .arena = std.heap.ArenaAllocator.init(child) };
    }
    fn deinit(self: *Builder) void {
        self.arena.deinit();
    }
    fn node(self: *Builder, e: Expr) !*const Expr {
        const p = try self.arena.allocator().create(Expr);
        p.* = e;
        return p;
    }
    fn bin(self: *Builder, op: u8, l: *const Expr, r: *const Expr) !*const Expr {
        return self.node(.{ .bin = .{ .op = op, .l = l, .r = r } });
    }
};

test "evaluate (x + 2) * 3" {
    var b = Builder.init(testing.allocator);
    defer b.deinit();
    const e = try b.bin('*', try b.bin('+', try b.node(.{ .variable = "x" }), try b.node(.{ .num = 2 })), try b.node(.{ .num = 3 }));
    try testing.expectEqual(@as(f64, 15), try e.eval(3));
    try testing.expectApproxEqAbs(@as(f64, 7.5), try e.eval(0.5), 1e-12);
}

test "errors propagate" {
    var b = Builder.init(testing.allocator);
    defer b.deinit();
    const div = try b.bin('/', try b.node(.{ .num = 1 }), try b.bin('-', try b.node(.{ .variable = "x" }), try b.node(.{ .num = 4 })));
    try testing.expectError(error.DivByZero, div.eval(4));
    try testing.expectEqual(@as(f64, -1), try div.eval(3));
    const bad = try b.bin('%', try b.node(.{ .num = 1 }), try b.node(.{ .variable = "y" }));
    try testing.expectError(error.UnknownVar, bad.eval(0));
}

test "active tags" {
    const n = Expr{ .num = 1 };
    try testing.expectEqual(std.meta.Tag(Expr).num, std.meta.activeTag(n));
    try testing.expect(n == .num);
    try testing.expectEqualStrings("variable", @tagName(Expr{ .variable = "q" }));
}
