const std = @import("std");

const Expr = union(enum) {
    num: i64,
    op: struct { sym: u8, lhs: *Expr, rhs: *Expr },
};

const Parser = struct {
    src: []const u8,
    pos: usize = 0,
    arena: std.mem.Allocator,

    fn peek(self: *Parser) ?u8 {
        while (self.pos < self.src.len and self.src[self.pos] == ' ') self.pos += 1;
        return if (self.pos < self.src.len) self.src[self.pos] else null;
    }

    fn node(self: *Parser, e: Expr) !*Expr {
        const p = try self.arena.create(Expr);
        p.* = e;
        return p;
    }

    fn expr(self: *Parser) anyerror!*Expr {
        var left = try self.term();
        while (self.peek()) |c| {
            if (c != '+' and c != '-') break;
            self.pos += 1;
            left = try self.node(.{ .op = .{ .sym = c, .lhs = left, .rhs = try self.term() } });
        }
        return left;
    }

    fn term(self: *Parser) anyerror!*Expr {
        var left = try self.atom();
        while (self.peek()) |c| {
            if (c != '*') break;
            self.pos += 1;
            left = try self.node(.{ .op = .{ .sym = c, .lhs = left, .rhs = try self.atom() } });
        }
        return left;
    }

    fn atom(self: *Parser) anyerror!*Expr {
        const c = self.peek() orelse return error.UnexpectedEnd;
        if (c == '(') {
            self.pos += 1;
            const inner = try self.expr();
            if (self.peek() != ')') return error.MissingParen;
            self.pos += 1;
            return inner;
        }
        const start = self.pos;
        while (self.pos < self.src.len and std.ascii.isDigit(self.src[self.pos])) self.pos += 1;
        if (start == self.pos) return error.ExpectedNumber;
        return self.node(.{ .num = try std.fmt.parseInt(i64, self.src[start..self.pos], 10) });
    }
};

fn eval(e: *const Expr) i64 {
    return switch (e.*) {
        .num => |n| n,
        .op => |o| switch (o.sym) {
            '+' => eval(o.lhs) + eval(o.rhs),
            '-' => eval(o.lhs) - eval(o.rhs),
            '*' => eval(o.lhs) * eval(o.rhs),
            else => unreachable,
        },
    };
}

fn show(e: *const Expr) void {
    switch (e.*) {
        .num => |n| std.debug.print("{d}", .{n}),
        .op => |o| {
            std.debug.print("(", .{});
            show(o.lhs);
            std.debug.print(" {c} ", .{o.sym});
            show(o.rhs);
            std.debug.print(")", .{});
        },
    }
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("gpa: {s}\n", .{@tagName(gpa.deinit())});
    var arena = std.heap.ArenaAllocator.init(gpa.allocator());
    defer arena.deinit();

    for ([_][]const u8{ "1 + 2 * 3", "(1 + 2) * 3", "10 - 4 - 3", "2 * (3 + 4) * 5", "7 + ", "(8 * 2" }) |src| {
        var p = Parser{ .src = src, .arena = arena.allocator() };
        const tree = p.expr() catch |err| {
            std.debug.print("{s:<16} => error.{s}\n", .{ src, @errorName(err) });
            continue;
        };
        std.debug.print("{s:<16} => ", .{src});
        show(tree);
        std.debug.print(" = {d}\n", .{eval(tree)});
    }
}
