const std = @import("std");

pub fn main() void {
    const p: [*]u8 = @ptrFromInt(0x1001);
    std.debug.print("u8 to 8: {?}\n", .{std.mem.alignPointerOffset(p, 8)});
    const q: [*]u32 = @ptrFromInt(0x1004);
    std.debug.print("u32 to 16: {?}\n", .{std.mem.alignPointerOffset(q, 16)});
    std.debug.print("already: {?}\n", .{std.mem.alignPointerOffset(q, 4)});
    const r: [*]align(1) u32 = @ptrFromInt(0x1001);
    std.debug.print("not multiple: {?}\n", .{std.mem.alignPointerOffset(r, 8)});
}
