const std = @import("std");

pub fn main() void {
    var x: u32 = 5;
    std.mem.doNotOptimizeAway(x);
    std.mem.doNotOptimizeAway(&x);
    x += 1;
    std.mem.doNotOptimizeAway(x * 2);
    std.mem.doNotOptimizeAway("str");
    std.debug.print("still: {}\n", .{x});
}
