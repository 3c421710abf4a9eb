const std = @import("std");

const Name = struct {
    buf: [8]u8 = [_]u8{'.'} ** 8,
    len: usize = 0,

    fn set(self: *Name, s: []const u8) void {
        @memcpy(self.buf[0..s.len], s);
        self.len = s.len;
    }

    fn get(self: *const Name) []const u8 {
        return self.buf[0..self.len];
    }
};

pub fn main() void {
    var a = Name{};
    a.set("zig");
    var b = a;
    b.set("ziglang");
    std.debug.print("{s} {s} raw={s}\n", .{ a.get(), b.get(), &b.buf });
    var dst: [5]u8 = undefined;
    @memcpy(&dst, "hello");
    std.debug.print("{s}\n", .{&dst});
    @memset(dst[1..4], '-');
    std.debug.print("{s}\n", .{&dst});
    std.mem.copyForwards(u8, dst[0..4], dst[1..5]);
    std.debug.print("{s}\n", .{&dst});
    var c = Name{};
    c.set("too long name");
    std.debug.print("{s}\n", .{c.get()});
}
