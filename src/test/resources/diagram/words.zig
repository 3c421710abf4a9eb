const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var counts = std.StringHashMap(u32).init(allocator);
    defer counts.deinit();
    var it = std.mem.tokenizeScalar(u8, "the cat and the dog and the bird", ' ');
    while (it.next()) |word| {
        const entry = try counts.getOrPut(word);
        if (!entry.found_existing) entry.value_ptr.* = 0;
        entry.value_ptr.* += 1;
    }
    const names = try allocator.dupe(u8, "zig");
    defer allocator.free(names);
    std.debug.print("{d}\n", .{counts.count()});
}
