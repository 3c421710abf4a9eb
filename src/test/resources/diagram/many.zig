const std = @import("std");

const Item = struct { id: u32, next: ?*Item };

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var head: ?*Item = null;
    var i: u32 = 0;
    while (i < 1000) : (i += 1) {
        const item = try allocator.create(Item);
        item.* = .{ .id = i, .next = head };
        head = item;
    }
    std.debug.print("1000 items\n", .{});
    while (head) |item| {
        head = item.next;
        allocator.destroy(item);
    }
}
