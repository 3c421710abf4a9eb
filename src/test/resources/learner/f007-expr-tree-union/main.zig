const std = @import("std");

const Expr = union(enum) {
    num: f64,
    neg: *Expr,
    bin: struct { op: u8, l: *Expr, r: *Expr },

    fn eval(self: Expr) f64 {
        return switch (self) {
            .num => |n| n,
            .neg => |e| -e.eval(),
            .bin => |b| switch (b.op) {
                '+' => b.l.eval() + b.r.eval(),
                '-' => b.l.eval() - b.r.eval(),
                '*' => b.l.eval() * b.r.eval(),
                '/' => b.l.eval() / b.r.eval(),
                else => unreachable,
            },
        };
    }

    fn print(self: Expr) void {
        switch (self) {
            .num => |n| std.debug.print("{d}", .{n}),
            .neg => |e| {
                std.debug.print("-", .{});
                e.print();
            },
            .bin => |b| {
                std.debug.print("(", .{});
                b.l.print();
                std.debug.print(" {c} ", .{b.op});
                b.r.print();
                std.debug.print(")", .{});
            },
        }
    }

    fn destroy(self: *Expr, a: std.mem.Allocator) void {
        switch (self.*) {
            .num => {},
            .neg => |e| e.destroy(a),
            .bin => |b| {
                b.l.destroy(a);
                b.r.destroy(a);
            },
        }
        a.destroy(self);
    }
};

fn num(a: std.mem.Allocator, v: f64) !*Expr {
    const e = try a.create(Expr);
    e.* = .{ .num = v };
    return e;
}

fn bin(a: std.mem.Allocator, op: u8, l: *Expr, r: *Expr) !*Expr {
    const e = try a.create(Expr);
    e.* = .{ .bin = .{ .op = op, .l = l, .r = r } };
    return e;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const neg = try a.create(Expr);
    neg.* = .{ .neg = try num(a, 4) };
    const tree = try bin(a, '*', try bin(a, '+', try num(a, 1.5), try num(a, 2)), try bin(a, '/', neg, try num(a, 8)));
    defer tree.destroy(a);
    tree.print();
    std.debug.print(" = {d}\n", .{tree.eval()});
    std.debug.print("tag: {s}\n", .{@tagName(tree.*)});
}
