const std = @import("std");

pub fn main() !void {
    const hs = std.array_hash_map.getAutoHashStratFn([]const u8, void, .Deep);
    std.debug.print("deep abc: {d}\n", .{hs({}, "abc")});
    var buf = [_]u8{ 'a', 'b', 'c' };
    std.debug.print("deep equal content: {}\n", .{hs({}, "abc") == hs({}, &buf)});
    const hi = std.array_hash_map.getAutoHashStratFn(u16, void, .Shallow);
    std.debug.print("shallow u16 5: {d}\n", .{hi({}, 5)});
}
