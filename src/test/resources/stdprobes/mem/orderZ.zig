const std = @import("std");

pub fn main() void {
    std.debug.print("lt: {}\n", .{std.mem.orderZ(u8, "abcd", "bee")});
    std.debug.print("eq: {}\n", .{std.mem.orderZ(u8, "abc", "abc")});
    std.debug.print("shorter: {}\n", .{std.mem.orderZ(u8, "abc", "abc0")});
    std.debug.print("empty: {}\n", .{std.mem.orderZ(u8, "", "")});
}
