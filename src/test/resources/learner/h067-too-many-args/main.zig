const std = @import("std");

const Stack = struct {
    items: [4]u8 = undefined,
    len: usize = 0,
    fn push(self: *Stack, v: u8) void {
        self.items[self.len] = v;
        self.len += 1;
    }
};

pub fn main() void {
    var s = Stack{};
    s.push(1, 2);
    std.debug.print("{d}\n", .{s.len});
}
