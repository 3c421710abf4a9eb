const std = @import("std");

pub fn main() void {
    std.debug.print("Bob/Bo: {}\n", .{std.mem.startsWith(u8, "Bob", "Bo")});
    std.debug.print("needle longer: {}\n", .{std.mem.startsWith(u8, "Bo", "Bob")});
    std.debug.print("empty needle: {}\n", .{std.mem.startsWith(u8, "Bob", "")});
    std.debug.print("no: {}\n", .{std.mem.startsWith(u8, "Needle in haystack", "haystack")});
}
