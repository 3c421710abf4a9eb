const std = @import("std");

const S = struct {
    pub fn run(self: S) void {
        _ = self;
    }
};

pub fn main() !void {
    std.debug.print("S.run: {}\n", .{std.meta.hasMethod(S, "run")});
    std.debug.print("*S.run: {}\n", .{std.meta.hasMethod(*S, "run")});
    std.debug.print("[]S.run: {}\n", .{std.meta.hasMethod([]S, "run")});
    std.debug.print("S.stop: {}\n", .{std.meta.hasMethod(S, "stop")});
    std.debug.print("u32.run: {}\n", .{std.meta.hasMethod(u32, "run")});
}
