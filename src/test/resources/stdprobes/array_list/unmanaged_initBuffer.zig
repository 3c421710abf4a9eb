const std = @import("std");

fn show(label: []const u8, items: []const i32, cap: usize) void {
    std.debug.print("{s}: {any} len {d} cap {d}\n", .{ label, items, items.len, cap });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    _ = a;
    var buf: [4]i32 = undefined;
    var l = std.ArrayListUnmanaged(i32).initBuffer(&buf);
    show("fresh", l.items, l.capacity);
    l.appendAssumeCapacity(1);
    l.appendSliceAssumeCapacity(&.{ 2, 3 });
    show("after 3", l.items, l.capacity);
    std.debug.print("buf[1]: {d}\n", .{buf[1]});
}
