const std = @import("std");

const P = struct { x: i32, y: f32, ok: bool, name: []const u8, opt: ?u8 };

pub fn main() void {
    const p = std.mem.zeroes(P);
    std.debug.print("struct: {} {d} {} {} {?}\n", .{ p.x, p.y, p.ok, p.name.len, p.opt });
    std.debug.print("int: {}\n", .{std.mem.zeroes(u64)});
    std.debug.print("array: {any}\n", .{std.mem.zeroes([3]u16)});
    std.debug.print("optional: {?}\n", .{std.mem.zeroes(?u8)});
}
