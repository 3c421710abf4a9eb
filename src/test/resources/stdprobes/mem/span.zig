const std = @import("std");

pub fn main() void {
    var arr = [_:0]u16{ 1, 2, 3 };
    const p: [*:0]u16 = &arr;
    const s = std.mem.span(p);
    std.debug.print("u16 span: {any} len {}\n", .{ s, s.len });
    const z: [*:0]const u8 = "hello";
    std.debug.print("str span: {s}\n", .{std.mem.span(z)});
    const e: [*:0]const u8 = "";
    std.debug.print("empty len: {}\n", .{std.mem.span(e).len});
    const n: ?[*:0]const u8 = null;
    std.debug.print("null: {?s}\n", .{std.mem.span(n)});
}
