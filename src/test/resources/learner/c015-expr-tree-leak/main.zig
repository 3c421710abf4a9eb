const std = @import("std");

const Expr = union(enum) {
    num: i64,
    add: struct { l: *Expr, r: *Expr },
    neg: *Expr,
};

fn num(a: std.mem.Allocator, v: i64) !*Expr {
    const e = try a.create(Expr);
    e.* = .{ .num = v };
    return e;
}

fn add(a: std.mem.Allocator, l: *Expr, r: *Expr) !*Expr {
    const e = try a.create(Expr);
    e.* = .{ .add = .{ .l = l, .r = r } };
    return e;
}

fn neg(a: std.mem.Allocator, inner: *Expr) !*Expr {
    const e = try a.create(Expr);
    e.* = .{ .neg = inner };
    return e;
}

fn eval(e: *const Expr) i64 {
    return switch (e.*) {
        .num => |v| v,
        .add => |p| eval(p.l) + eval(p.r),
        .neg => |inner| -eval(inner),
    };
}

fn free(a: std.mem.Allocator, e: *Expr) void {
    switch (e.*) {
        .num => {},
        .add => |p| {
            free(a, p.l);
            free(a, p.r);
        },
        // forgot to free the inner expression of a negation
        .neg => {},
    }
    a.destroy(e);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();

    const tree = try add(a, try num(a, 10), try neg(a, try add(a, try num(a, 3), try num(a, 4))));
    std.debug.print("10 + -(3 + 4) = {d}\n", .{eval(tree)});
    free(a, tree);
    std.debug.print("freed the tree\n", .{});
}
