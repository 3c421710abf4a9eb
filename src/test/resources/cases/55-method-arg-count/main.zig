const std = @import("std");
const Counter = struct {
    n: u32 = 0,
    pub fn add(self: *Counter, k: u32) void {
        self.n += k;
    }
};
pub fn main() void {
    var c = Counter{};
    c.add();
}
