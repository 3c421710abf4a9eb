const std = @import("std");
pub fn main() void {
    const program: [:0]const u8 = "hello world";
    const a = program[4..];
    std.debug.print("{s}\n", .{@typeName(@TypeOf(a))});
    var s: [:0]const u8 = "abc";
    _ = &s;
    const b = s[1..];
    std.debug.print("{s}\n", .{@typeName(@TypeOf(b))});
    var arr = [_:0]u8{ 1, 2, 3 };
    const c = arr[1..];
    std.debug.print("{s}\n", .{@typeName(@TypeOf(c))});
    var i: usize = 1;
    _ = &i;
    const d = arr[i..];
    std.debug.print("{s}\n", .{@typeName(@TypeOf(d))});
    const p: [*:0]const u8 = "xyz";
    const e = p[1..2];
    std.debug.print("{s}\n", .{@typeName(@TypeOf(e))});
    const f = s[i..];
    std.debug.print("{s}\n", .{@typeName(@TypeOf(f))});
    const g = program[4..];
    std.debug.print("{s}\n", .{@typeName(@TypeOf(g))});
    const h = s[0..];
    std.debug.print("{s}\n", .{h});
}
