const std = @import("std");
fn squares(alloc: std.mem.Allocator, n: usize) ![]u64 {
    const out = try alloc.alloc(u64, n);
    return out;
}
fn check(r: anyerror![]u64) void {
    _ = r catch {};
}
fn isErr(r: anyerror![]u64) bool {
    if (r) |_| return false else |_| return true;
}
fn pass(r: anyerror![]u64) !usize {
    const s = try r;
    return s.len;
}
test "handled by expectError" {
    try std.testing.expectError(error.OutOfMemory, squares(std.testing.failing_allocator, 1));
    return error.Later;
}
test "handled by callee" {
    check(squares(std.testing.failing_allocator, 1));
    const ok = isErr(squares(std.testing.failing_allocator, 2));
    try std.testing.expect(!ok);
}
test "kept in a constant" {
    const r = squares(std.testing.failing_allocator, 1);
    try std.testing.expectError(error.OutOfMemory, r);
    return error.Later;
}
test "passed on" {
    _ = try pass(squares(std.testing.failing_allocator, 1));
}
