const std = @import("std");

pub fn main() void {
    std.debug.print("same: {}\n", .{std.mem.eql(u8, "abc", "abc")});
    std.debug.print("diff: {}\n", .{std.mem.eql(u8, "abc", "abd")});
    std.debug.print("len: {}\n", .{std.mem.eql(u8, "abc", "ab")});
    std.debug.print("empty: {}\n", .{std.mem.eql(u8, "", "")});
    std.debug.print("ints: {}\n", .{std.mem.eql(i32, &[_]i32{ 1, -2 }, &[_]i32{ 1, -2 })});
}
