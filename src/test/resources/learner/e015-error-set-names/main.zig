const std = @import("std");
const MyErr = error{ A, B };
pub fn main() void {
    std.debug.print("{s} {s}\n", .{ @typeName(MyErr), @typeName(std.mem.Allocator.Error) });
}
