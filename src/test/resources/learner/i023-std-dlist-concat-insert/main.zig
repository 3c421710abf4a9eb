const std = @import("std");

const Q = std.DoublyLinkedList(u32);

fn fill(a: std.mem.Allocator, list: *Q, from: u32, to: u32) !void {
    var i = from;
    while (i < to) : (i += 1) {
        const n = try a.create(Q.Node);
        n.* = .{ .data = i * 10 };
        list.append(n);
    }
}

fn show(name: []const u8, list: Q) void {
    std.debug.print("{s}: [", .{name});
    var it = list.first;
    while (it) |n| : (it = n.next) {
        std.debug.print("{d}{s}", .{ n.data, if (n.next != null) ", " else "" });
    }
    std.debug.print("] len={d}\n", .{list.len});
}

fn freeAll(a: std.mem.Allocator, list: *Q) void {
    while (list.pop()) |n| a.destroy(n);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();

    var left = Q{};
    defer freeAll(a, &left);
    var right = Q{};
    defer freeAll(a, &right);

    try fill(a, &left, 1, 4);
    try fill(a, &right, 7, 10);
    show("left", left);
    show("right", right);

    const mid = try a.create(Q.Node);
    mid.* = .{ .data = 55 };
    left.insertBefore(left.last.?, mid);
    const front = try a.create(Q.Node);
    front.* = .{ .data = 5 };
    left.insertAfter(left.first.?, front);
    show("left+", left);

    left.concatByMoving(&right);
    show("joined", left);
    show("right", right);

    var sum: u64 = 0;
    var back = left.last;
    while (back) |n| : (back = n.prev) sum += n.data;
    std.debug.print("sum backwards = {d}\n", .{sum});

    const first = left.popFirst().?;
    std.debug.print("popFirst {d}, now first = {d}\n", .{ first.data, left.first.?.data });
    a.destroy(first);
    left.remove(mid);
    a.destroy(mid);
    show("final", left);
}
