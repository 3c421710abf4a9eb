const std = @import("std");

const Node = struct {
    value: u32,
    next: ?*Node,
};

fn buildList(allocator: std.mem.Allocator, n: u32) !?*Node {
    var head: ?*Node = null;
    var i: u32 = 0;
    while (i < n) : (i += 1) {
        const node = try allocator.create(Node);
        node.* = .{ .value = i, .next = head };
        head = node;
    }
    return head;
}

fn sum(head: ?*Node) u32 {
    var total: u32 = 0;
    var cur = head;
    while (cur) |node| : (cur = node.next) total += node.value;
    return total;
}

pub fn main() !void {
    var buffer: [256]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buffer);
    const allocator = fba.allocator();

    const list = try buildList(allocator, 10);
    std.debug.print("10 nodes sum {d}, used {d} of {d} bytes\n", .{ sum(list), fba.end_index, buffer.len });
    fba.reset();
    std.debug.print("after reset used {d}\n", .{fba.end_index});

    const words = try allocator.alloc([]const u8, 3);
    words[0] = "x";
    std.debug.print("owns slice: {}\n", .{fba.ownsSlice(std.mem.sliceAsBytes(words))});
    fba.reset();

    for ([_]u32{ 4, 12, 20 }) |n| {
        fba.reset();
        if (buildList(allocator, n)) |l| {
            std.debug.print("{d} nodes ok, sum {d}\n", .{ n, sum(l) });
        } else |err| {
            std.debug.print("{d} nodes failed: {s} (used {d})\n", .{ n, @errorName(err), fba.end_index });
        }
    }
    fba.reset();
    const big = try allocator.alloc(u8, 300);
    _ = big;
}
