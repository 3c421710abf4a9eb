const std = @import("std");

const Node = struct {
    value: i32,
    next: ?*Node = null,
};

fn swap(a: *i32, b: *i32) void {
    const t = a.*;
    a.* = b.*;
    b.* = t;
}

pub fn main() !void {
    var x: i32 = 1;
    var y: i32 = 2;
    swap(&x, &y);
    std.debug.print("x={d} y={d}\n", .{ x, y });

    var n3 = Node{ .value = 3 };
    var n2 = Node{ .value = 2, .next = &n3 };
    const n1 = Node{ .value = 1, .next = &n2 };
    var cur: ?*const Node = &n1;
    while (cur) |node| : (cur = node.next) std.debug.print("{d} ", .{node.value});
    std.debug.print("\n", .{});

    var arr = [_]u8{ 'h', 'e', 'l', 'l', 'o' };
    const slice = arr[1..4];
    slice[0] = 'E';
    std.debug.print("{s} {d}\n", .{ arr, slice.len });
    for (&arr) |*c| {
        if (c.* >= 97) c.* -= 32;
    }
    std.debug.print("{s}\n", .{arr});
    const p: [*]u8 = &arr;
    std.debug.print("{c}{c}\n", .{ p[0], (p + 4)[0] });
}
