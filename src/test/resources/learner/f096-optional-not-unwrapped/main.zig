const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var ages = std.StringHashMap(u32).init(gpa.allocator());
    defer ages.deinit();
    try ages.put("ann", 31);
    const age: u32 = ages.get("ann");
    std.debug.print("{d}\n", .{age});
}
