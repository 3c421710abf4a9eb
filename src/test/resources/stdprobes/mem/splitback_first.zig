const std = @import("std");

pub fn main() void {
    var it = std.mem.splitBackwardsScalar(u8, "dir/sub/file.txt", '/');
    std.debug.print("first: [{s}]\n", .{it.first()});
    std.debug.print("rest: [{s}]\n", .{it.rest()});
    var e = std.mem.splitBackwardsAny(u8, "", ",");
    std.debug.print("empty first: [{s}]\n", .{e.first()});
}
