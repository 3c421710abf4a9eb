const std = @import("std");

const Record = struct {
    name: [16]u8,
    name_len: usize,
    score: u32,
    active: bool,

    fn setName(self: *Record, s: []const u8) void {
        const n = @min(s.len, self.name.len);
        @memcpy(self.name[0..n], s[0..n]);
        self.name_len = n;
    }

    fn getName(self: *const Record) []const u8 {
        return self.name[0..self.name_len];
    }
};

fn deleteRange(buf: []u8, len: usize, start: usize, n: usize) usize {
    std.mem.copyForwards(u8, buf[start .. len - n], buf[start + n .. len]);
    return len - n;
}

pub fn main() void {
    const text = "she sells sea shells by the sea shore; the shells she sells are sea shells";
    const needles = [_][]const u8{ "sea", "she", "shells", "s", "ss", "zig" };
    for (needles) |n| std.debug.print("count(\"{s}\") = {d}\n", .{ n, std.mem.count(u8, text, n) });

    var r = std.mem.zeroes(Record);
    std.debug.print("zeroed: name_len={d} score={d} active={} first byte={d}\n", .{ r.name_len, r.score, r.active, r.name[0] });
    r.setName("Grace Hopper the admiral");
    r.score = 99;
    std.debug.print("named: '{s}' score={d}\n", .{ r.getName(), r.score });

    var buf: [32]u8 = undefined;
    const original = "Hello, cruel world!";
    @memcpy(buf[0..original.len], original);
    var len: usize = original.len;
    len = deleteRange(&buf, len, 7, 6);
    std.debug.print("after delete: '{s}' (len {d})\n", .{ buf[0..len], len });
    std.mem.reverse(u8, buf[0..len]);
    std.debug.print("reversed: '{s}'\n", .{buf[0..len]});
}
