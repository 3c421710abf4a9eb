const std = @import("std");

const Api = struct {
    pub const a = 1;
    pub fn b() void {}
    pub const c = u8;
};

pub fn main() !void {
    const D = std.meta.DeclEnum(Api);
    for (std.meta.tags(D)) |t| std.debug.print("{s} = {d}\n", .{ @tagName(t), @intFromEnum(t) });
    std.debug.print("none: {d}\n", .{std.meta.fields(std.meta.DeclEnum(struct {})).len});
}
