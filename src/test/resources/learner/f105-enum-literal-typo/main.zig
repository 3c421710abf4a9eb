const std = @import("std");

const Color = enum { red, green, blue };

fn hex(c: Color) []const u8 {
    return switch (c) {
        .red => "#f00",
        .green => "#0f0",
        .bleu => "#00f",
    };
}

pub fn main() void {
    std.debug.print("{s}\n", .{hex(.green)});
}
