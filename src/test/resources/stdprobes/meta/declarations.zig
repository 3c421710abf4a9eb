const std = @import("std");

const Api = struct {
    pub const version = 3;
    pub fn open() void {}
    fn hidden() void {}
    pub var counter: u32 = 0;
};

pub fn main() !void {
    inline for (comptime std.meta.declarations(Api)) |d| std.debug.print("decl: {s}\n", .{d.name});
    std.debug.print("struct{{}}: {d}\n", .{comptime std.meta.declarations(struct {}).len});
    std.debug.print("enum: {d}\n", .{comptime std.meta.declarations(enum { a, pub const z = 1; }).len});
}
