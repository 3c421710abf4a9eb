const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var it = (try unicode.Utf8View.init("x\u{e9}\u{1f600}")).iterator();
    std.debug.print("1: {?s}\n", .{it.nextCodepointSlice()});
    std.debug.print("2 len: {}\n", .{it.nextCodepointSlice().?.len});
    std.debug.print("3 len: {}\n", .{it.nextCodepointSlice().?.len});
    std.debug.print("end: {?s}\n", .{it.nextCodepointSlice()});
}
