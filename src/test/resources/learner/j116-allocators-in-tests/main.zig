const std = @import("std");
const testing = std.testing;
test "arena in test" {
    var arena = std.heap.ArenaAllocator.init(testing.allocator);
    defer arena.deinit();
    const a = arena.allocator();
    const s = try std.fmt.allocPrint(a, "{d}-{s}", .{ 1, "x" });
    try testing.expectEqualStrings("1-x", s);
    const list = try a.alloc(u32, 100);
    try testing.expectEqual(@as(usize, 100), list.len);
}
test "fba out of memory" {
    var buf: [16]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const a = fba.allocator();
    _ = try a.alloc(u8, 10);
    try testing.expectError(error.OutOfMemory, a.alloc(u8, 10));
    fba.reset();
    const again = try a.alloc(u8, 16);
    try testing.expectEqual(@as(usize, 16), again.len);
}
test "realloc grows" {
    var s = try testing.allocator.alloc(u8, 2);
    defer testing.allocator.free(s);
    s = try testing.allocator.realloc(s, 20);
    try testing.expectEqual(@as(usize, 20), s.len);
}
test "dupe leak and wrong free size" {
    const d = try testing.allocator.dupe(u8, "hello");
    testing.allocator.free(d[0..3]);
}
test "create destroy" {
    const p = try testing.allocator.create(struct { a: u64, b: [3]u8 });
    p.a = 5;
    testing.allocator.destroy(p);
}
