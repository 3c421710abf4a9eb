const std = @import("std");
const Counter = struct {
    n: usize = 0,
    fn get(self: *Counter) *usize {
        return &self.n;
    }
};
var counter_instance = Counter{};
const counter_ptr = counter_instance.get();
pub fn main() void {
    counter_ptr.* += 1;
    std.debug.print("{d}\n", .{counter_instance.n});
    const a = std.testing.failing_allocator;
    std.debug.print("{any}\n", .{a.alloc(u8, 3)});
}
