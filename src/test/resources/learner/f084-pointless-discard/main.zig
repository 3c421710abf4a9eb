const std = @import("std");

fn area(w: u32, h: u32) u32 {
    const a = w * h;
    _ = a;
    return a;
}

pub fn main() void {
    std.debug.print("{d}\n", .{area(3, 4)});
}
