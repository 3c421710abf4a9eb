const std = @import("std");

fn parity(n: u32) []const u8 {
    return if (n % 2 == 0) "even" else "odd";
    std.debug.print("checked {d}\n", .{n});
}

pub fn main() void {
    std.debug.print("{s}\n", .{parity(7)});
}
