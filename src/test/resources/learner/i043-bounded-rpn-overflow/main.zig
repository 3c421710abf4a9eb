const std = @import("std");

const Stack = std.BoundedArray(i64, 6);

fn take(st: *Stack) !i64 {
    if (st.len == 0) return error.MissingOperand;
    st.len -= 1;
    return st.buffer[st.len];
}

fn eval(expr: []const u8) !i64 {
    var st = try Stack.init(0);
    var it = std.mem.tokenizeScalar(u8, expr, ' ');
    while (it.next()) |tok| {
        if (tok.len == 1 and std.mem.indexOfScalar(u8, "+-*^", tok[0]) != null) {
            const b = try take(&st);
            const a = try take(&st);
            try st.append(switch (tok[0]) {
                '+' => a + b,
                '-' => a - b,
                '*' => a * b,
                '^' => std.math.pow(i64, a, b),
                else => unreachable,
            });
        } else {
            try st.append(try std.fmt.parseInt(i64, tok, 10));
        }
    }
    if (st.len != 1) return error.LeftoverValues;
    return st.get(0);
}

pub fn main() !void {
    const exprs = [_][]const u8{
        "3 4 + 2 *",
        "2 10 ^ 24 -",
        "1 2 3 4 5 + + + +",
        "5 +",
        "1 2",
        "7 x *",
    };
    for (exprs) |e| {
        if (eval(e)) |v| {
            std.debug.print("{s:<20} = {d}\n", .{ e, v });
        } else |err| {
            std.debug.print("{s:<20} ! {s}\n", .{ e, @errorName(err) });
        }
    }
    var st = try Stack.fromSlice(&.{ 1, 2, 3 });
    try st.insert(0, 0);
    std.debug.print("slice {any}, unused {d}\n", .{ st.constSlice(), st.unusedCapacitySlice().len });
    std.debug.print("{d}\n", .{try eval("1 1 1 1 1 1 1 + + + + + +")});
}
