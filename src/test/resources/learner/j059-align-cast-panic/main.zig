const std = @import("std");

fn readU32(bytes: []const u8, offset: usize) u32 {
    const p: *const u32 = @ptrCast(@alignCast(bytes[offset..].ptr));
    return p.*;
}

pub fn main() void {
    var storage: [12]u8 align(4) = .{ 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0 };
    _ = &storage;
    std.debug.print("{d}\n", .{readU32(&storage, 0)});
    std.debug.print("{d}\n", .{readU32(&storage, 4)});
    std.debug.print("{d}\n", .{readU32(&storage, 2)});
}
