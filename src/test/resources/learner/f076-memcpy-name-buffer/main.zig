const std = @import("std");

const Player = struct {
    name_buf: [8]u8 = [_]u8{' '} ** 8,
    name_len: usize = 0,
    score: u32 = 0,

    fn setName(self: *Player, name: []const u8) void {
        const n = @min(name.len, self.name_buf.len);
        @memcpy(self.name_buf[0..n], name[0..n]);
        self.name_len = n;
    }

    fn rename(self: *Player, name: []const u8) void {
        @memcpy(self.name_buf[0..self.name_len], name);
        self.name_len = name.len;
    }

    fn name(self: *const Player) []const u8 {
        return self.name_buf[0..self.name_len];
    }
};

pub fn main() void {
    var p = Player{};
    p.setName("Alexandria");
    std.debug.print("'{s}' ({d})\n", .{ p.name(), p.name_len });
    p.rename("Zoe Marie");
    std.debug.print("'{s}'\n", .{p.name()});
}
