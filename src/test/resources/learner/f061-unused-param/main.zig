const std = @import("std");

const Logger = struct {
    prefix: []const u8,
    fn log(self: Logger, level: u8, msg: []const u8) void {
        std.debug.print("[{s}] {s}\n", .{ self.prefix, msg });
    }
};

pub fn main() void {
    const l = Logger{ .prefix = "app" };
    l.log(1, "starting");
    l.log(2, "done");
}
