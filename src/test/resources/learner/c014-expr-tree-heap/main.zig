const std = @import("std");

const BinOp = struct { l: *Expr, r: *Expr };

const Expr = union(enum) {
    num: i64,
    add: BinOp,
    mul: BinOp,
    neg: *Expr,

    fn eval(self: *const Expr) i64 {
        return switch (self.*) {
            .num => |n| n,
            .add => |b| b.l.eval() + b.r.eval(),
            .mul => |b| b.l.eval() * b.r.eval(),
            .neg => |e| -e.eval(),
        };
    }

    fn print(self: *const Expr) void {
        switch (self.*) {
            .num => |n| std.debug.print("{d}", .{n}),
            .add, .mul => |b| {
                std.debug.print("(", .{});
                b.l.print();
                std.debug.print(" {s} ", .{if (self.* == .add) "+" else "*"});
                b.r.print();
                std.debug.print(")", .{});
            },
            .neg => |e| {
                std.debug.print("-", .{});
                e.print();
            },
        }
    }

    fn destroy(self: *Expr, a: std.mem.Allocator) void {
        switch (self.*) {
            .num => {},
            .add, .mul => |b| {
                b.l.destroy(a);
                b.r.destroy(a);
            },
            .neg => |e| e.destroy(a),
        }
        a.destroy(self);
    }
};

fn make(a: std.mem.Allocator, e: Expr) !*Expr {
    const p = try a.create(Expr);
    p.* = e;
    return p;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("leak check: {s}\n", .{@tagName(gpa.deinit())});
    const a = gpa.allocator();

    // -(2 + 3) * (4 + -1)
    const two = try make(a, .{ .num = 2 });
    const three = try make(a, .{ .num = 3 });
    const sum1 = try make(a, .{ .add = .{ .l = two, .r = three } });
    const left = try make(a, .{ .neg = sum1 });
    const one = try make(a, .{ .num = 1 });
    const right = try make(a, .{ .add = .{ .l = try make(a, .{ .num = 4 }), .r = try make(a, .{ .neg = one }) } });
    const root = try make(a, .{ .mul = .{ .l = left, .r = right } });
    defer root.destroy(a);

    root.print();
    std.debug.print(" = {d}\n", .{root.eval()});
    std.debug.print("node size: {d} bytes\n", .{@sizeOf(Expr)});
}
