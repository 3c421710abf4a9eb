const std = @import("std");

pub fn main() void {
    var it = std.mem.splitScalar(u8, "key=value=x", '=');
    std.debug.print("first: [{s}]\n", .{it.first()});
    std.debug.print("rest: [{s}]\n", .{it.rest()});
    var e = std.mem.splitSequence(u8, "", "--");
    std.debug.print("empty first: [{s}]\n", .{e.first()});
    var n = std.mem.splitAny(u8, "abc", ",");
    std.debug.print("no delim first: [{s}]\n", .{n.first()});
}
