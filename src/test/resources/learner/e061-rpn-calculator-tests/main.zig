const std = @import("std");

const Stack = struct {
    items: [8]i64 = undefined,
    len: usize = 0,
    fn push(s: *Stack, v: i64) !void {
        if (s.len == s.items.len) return error.Overflow;
        s.items[s.len] = v;
        s.len += 1;
    }
    fn pop(s: *Stack) !i64 {
        if (s.len == 0) return error.Underflow;
        s.len -= 1;
        return s.items[s.len];
    }
};

fn evalRpn(expr: []const u8) !i64 {
    var st = Stack{};
    var it = std.mem.tokenizeScalar(u8, expr, ' ');
    while (it.next()) |tok| {
        if (tok.len == 1 and std.mem.indexOfScalar(u8, "+-*/", tok[0]) != null) {
            const b = try st.pop();
            const a = try st.pop();
            try st.push(switch (tok[0]) {
                '+' => a + b,
                '-' => a - b,
                '*' => a * b,
                '/' => if (b == 0) return error.DivisionByZero else @divTrunc(a, b),
                else => unreachable,
            });
        } else {
            try st.push(try std.fmt.parseInt(i64, tok, 10));
        }
    }
    const r = try st.pop();
    if (st.len != 0) return error.LeftoverOperands;
    return r;
}

test "rpn basics" {
    try std.testing.expectEqual(@as(i64, 14), try evalRpn("5 1 2 + 4 * + 3 -"));
    try std.testing.expectEqual(@as(i64, -2), try evalRpn("3 5 -"));
}

test "rpn errors" {
    try std.testing.expectError(error.Underflow, evalRpn("1 +"));
    try std.testing.expectError(error.DivisionByZero, evalRpn("4 0 /"));
    try std.testing.expectError(error.LeftoverOperands, evalRpn("1 2"));
    try std.testing.expectError(error.InvalidCharacter, evalRpn("1 x +"));
}

test "rpn wrong expectation" {
    try std.testing.expectEqual(@as(i64, 10), try evalRpn("2 3 *"));
}
