const std = @import("std");

fn show(label: []const u8, items: []const i32, cap: usize) void {
    std.debug.print("{s}: {any} len {d} cap {d}\n", .{ label, items, items.len, cap });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var l: std.ArrayListUnmanaged(i32) = .empty;
    defer l.deinit(a);
    try l.ensureTotalCapacity(a, 4);
    const bytes align(4) = [_]u8{ 0, 5, 0, 0, 0, 6, 0, 0, 0 };
    l.appendUnalignedSliceAssumeCapacity(std.mem.bytesAsSlice(i32, bytes[1..9]));
    show("from unaligned", l.items, l.capacity);
}
