const std = @import("std");

const Api = struct {
    pub const version = 3;
    pub fn open() void {}
};

pub fn main() !void {
    std.debug.print("open: {s}\n", .{comptime std.meta.declarationInfo(Api, "open").name});
    std.debug.print("version: {s}\n", .{comptime std.meta.declarationInfo(Api, "version").name});
}
