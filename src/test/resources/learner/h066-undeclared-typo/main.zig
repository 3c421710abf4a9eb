const std = @import("std");

fn area(w: u32, h: u32) u32 {
    return w * h;
}

pub fn main() void {
    const width: u32 = 4;
    const height: u32 = 5;
    std.debug.print("area={d}\n", .{area(width, heigth)});
}
