const std = @import("std");

const Node = struct { value: u64, next: ?*Node };

fn compute(x: u64) u64 {
    return x * 3 + 1;
}

pub fn main() !void {
    var gpa = std.heap.DebugAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();
    const node = try allocator.create(Node);
    const a = compute(13);
    node.value = a;
    node.next = null;
    const b = node.value;
    const items = try allocator.alloc(u32, 4);
    items[2] = @intCast(b);
    const copy = items[2];
    allocator.free(items);
    allocator.destroy(node);
    std.debug.print("{d} {d}\n", .{ b, copy });
}
