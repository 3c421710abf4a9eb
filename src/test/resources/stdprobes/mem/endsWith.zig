const std = @import("std");

pub fn main() void {
    std.debug.print("haystack: {}\n", .{std.mem.endsWith(u8, "Needle in haystack", "haystack")});
    std.debug.print("Bob/Bo: {}\n", .{std.mem.endsWith(u8, "Bob", "Bo")});
    std.debug.print("empty needle: {}\n", .{std.mem.endsWith(u8, "", "")});
    std.debug.print("needle longer: {}\n", .{std.mem.endsWith(u8, "b", "ab")});
}
