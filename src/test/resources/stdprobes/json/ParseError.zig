const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    _ = a;
    const E = std.json.ParseError(std.json.Scanner);
    inline for (@typeInfo(E).error_set.?) |e| std.debug.print("{s}\n", .{e.name});
}
