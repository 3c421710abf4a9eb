const std = @import("std");
const Tok = union(enum) { num: u32, plus, minus };
inline fn zeros(n: usize) [n]u8 {
    return .{0} ** n;
}
inline fn asTok(tag: std.meta.Tag(Tok)) Tok {
    return tag;
}
pub fn main() void {
    const t = Tok{ .num = 3 };
    const u: Tok = .plus;
    std.debug.print("{s}\n", .{@typeName(@TypeOf(Tok.plus, u))});
    std.debug.print("{} {}\n", .{ Tok.plus == u, t == .num });
    const z = zeros(3);
    std.debug.print("{any} {d}\n", .{ z, z.len });
    std.debug.print("{any}\n", .{asTok(.minus)});
}

test "tag against union" {
    const toks = [_]Tok{ .{ .num = 1 }, .plus };
    try std.testing.expectEqual(Tok.plus, toks[1]);
    try std.testing.expectEqual(Tok.minus, toks[1]);
}
