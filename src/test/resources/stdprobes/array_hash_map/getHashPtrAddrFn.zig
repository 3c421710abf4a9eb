const std = @import("std");

pub fn main() !void {
    const h = std.array_hash_map.getHashPtrAddrFn(*const u32, void);
    var x: u32 = 1;
    var y: u32 = 1;
    _ = .{ &x, &y };
    std.debug.print("same pointer same hash: {}\n", .{h({}, &x) == h({}, &x)});
    std.debug.print("hash of address: {}\n", .{h({}, &x) == std.array_hash_map.getAutoHashFn(usize, void)({}, @intFromPtr(&x))});
    std.debug.print("different pointers differ: {}\n", .{h({}, &x) != h({}, &y)});
}
