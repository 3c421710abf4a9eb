const std = @import("std");

const Stack = struct {
    data: [16]i64 = undefined,
    len: usize = 0,

    fn push(self: *Stack, v: i64) !void {
        if (self.len == self.data.len) return error.StackOverflow;
        self.data[self.len] = v;
        self.len += 1;
    }

    fn take(self: *Stack) !i64 {
        if (self.len == 0) return error.StackUnderflow;
        self.len -= 1;
        return self.data[self.len];
    }
};

fn eval(expr: []const u8) !i64 {
    var st = Stack{};
    var toks = std.mem.tokenizeScalar(u8, expr, ' ');
    while (toks.next()) |tok| {
        if (tok.len == 1 and std.mem.indexOfScalar(u8, "+-*/", tok[0]) != null) {
            const b = try st.take();
            const a = try st.take();
            const r = switch (tok[0]) {
                '+' => a + b,
                '-' => a - b,
                '*' => a * b,
                '/' => if (b == 0) return error.DivisionByZero else @divTrunc(a, b),
                else => unreachable,
            };
            try st.push(r);
        } else {
            try st.push(try std.fmt.parseInt(i64, tok, 10));
        }
    }
    if (st.len != 1) return error.BadExpression;
    return st.data[0];
}

pub fn main() !void {
    const exprs = [_][]const u8{ "3 4 + 2 *", "5 1 2 + 4 * + 3 -", "10 3 /", "-7 2 /", "1 0 /", "2 3" };
    for (exprs) |e| {
        const v = eval(e) catch |err| {
            std.debug.print("{s} => error {s}\n", .{ e, @errorName(err) });
            continue;
        };
        std.debug.print("{s} => {d}\n", .{ e, v });
    }
    const last = try eval("1 +");
    std.debug.print("never: {d}\n", .{last});
}
