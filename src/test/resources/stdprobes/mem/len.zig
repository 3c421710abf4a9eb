const std = @import("std");

pub fn main() void {
    var array = [_]u16{ 1, 2, 0, 4, 5 };
    const ptr: [*:4]u16 = array[0..3 :4];
    std.debug.print("sentinel 4: {}\n", .{std.mem.len(ptr)});
    const c_ptr: [*c]u16 = ptr;
    std.debug.print("c ptr: {}\n", .{std.mem.len(c_ptr)});
    const z: [*:0]const u8 = "hello";
    std.debug.print("str: {}\n", .{std.mem.len(z)});
    const e: [*:0]const u8 = "";
    std.debug.print("empty: {}\n", .{std.mem.len(e)});
}
