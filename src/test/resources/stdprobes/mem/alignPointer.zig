const std = @import("std");

pub fn main() void {
    const p: [*]u8 = @ptrFromInt(0x1001);
    std.debug.print("u8 to 8: {x}\n", .{@intFromPtr(std.mem.alignPointer(p, 8).?)});
    std.debug.print("u8 to 1: {x}\n", .{@intFromPtr(std.mem.alignPointer(p, 1).?)});
    const r: [*]align(1) u32 = @ptrFromInt(0x1001);
    std.debug.print("not multiple: {}\n", .{std.mem.alignPointer(r, 8) == null});
}
