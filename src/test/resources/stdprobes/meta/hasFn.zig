const std = @import("std");

const S = struct {
    field: u8,
    pub fn run() void {}
};

pub fn main() !void {
    std.debug.print("S.run: {}\n", .{std.meta.hasFn(S, "run")});
    std.debug.print("S.walk: {}\n", .{std.meta.hasFn(S, "walk")});
    std.debug.print("S.field: {}\n", .{std.meta.hasFn(S, "field")});
    std.debug.print("*S.run: {}\n", .{std.meta.hasFn(*S, "run")});
    std.debug.print("u8.run: {}\n", .{std.meta.hasFn(u8, "run")});
}
