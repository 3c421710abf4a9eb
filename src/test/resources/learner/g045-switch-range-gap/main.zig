const std = @import("std");

fn grade(score: u8) u8 {
    return switch (score) {
        90...100 => 'A',
        80...89 => 'B',
        70...79 => 'C',
        0...69 => 'F',
    };
}

pub fn main() void {
    std.debug.print("{c}\n", .{grade(85)});
}
