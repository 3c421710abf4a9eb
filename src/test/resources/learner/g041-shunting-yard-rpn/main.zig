const std = @import("std");

fn prec(op: u8) u8 {
    return switch (op) {
        '+', '-' => 1,
        '*', '/', '%' => 2,
        '^' => 3,
        else => 0,
    };
}

fn toRpn(alloc: std.mem.Allocator, src: []const u8) ![]u8 {
    var out = std.ArrayList(u8).init(alloc);
    errdefer out.deinit();
    var ops = std.ArrayList(u8).init(alloc);
    defer ops.deinit();
    for (src) |c| {
        switch (c) {
            '0'...'9', 'a'...'z' => try out.append(c),
            '(' => try ops.append(c),
            ')' => {
                while (ops.items.len > 0 and ops.items[ops.items.len - 1] != '(') {
                    try out.append(ops.items[ops.items.len - 1]);
                    ops.items.len -= 1;
                }
                if (ops.items.len == 0) return error.UnbalancedParens;
                ops.items.len -= 1;
            },
            ' ' => {},
            else => {
                if (prec(c) == 0) return error.UnknownOperator;
                while (ops.items.len > 0) {
                    const top = ops.items[ops.items.len - 1];
                    if (top == '(' or prec(top) < prec(c) or (c == '^' and prec(top) == prec(c))) break;
                    try out.append(top);
                    ops.items.len -= 1;
                }
                try ops.append(c);
            },
        }
    }
    while (ops.items.len > 0) {
        const top = ops.items[ops.items.len - 1];
        if (top == '(') return error.UnbalancedParens;
        try out.append(top);
        ops.items.len -= 1;
    }
    return out.toOwnedSlice();
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    const exprs = [_][]const u8{ "a + b * c", "(a + b) * c", "2 ^ 3 ^ 2", "a * (b - c) / d % e", "(1 + 2", "1 & 2", "9 - 8 - 7" };
    for (exprs) |e| {
        const rpn = toRpn(alloc, e) catch |err| {
            std.debug.print("{s:<20} => {}\n", .{ e, err });
            continue;
        };
        defer alloc.free(rpn);
        std.debug.print("{s:<20} => {s}\n", .{ e, rpn });
    }
    const bad = try toRpn(alloc, "a + b)");
    alloc.free(bad);
}
