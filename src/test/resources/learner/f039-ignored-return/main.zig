const std = @import("std");

const Set = struct {
    items: [8]u8 = undefined,
    len: usize = 0,
    fn add(self: *Set, v: u8) bool {
        for (self.items[0..self.len]) |x| if (x == v) return false;
        self.items[self.len] = v;
        self.len += 1;
        return true;
    }
};

pub fn main() void {
    var s = Set{};
    s.add(3);
    _ = s.add(4);
    std.debug.print("{d}\n", .{s.len});
}
