const std = @import("std");

const Mask = @Vector(8, bool);

fn countTrue(m: Mask) u8 {
    const ones: @Vector(8, u8) = @splat(1);
    const zeros: @Vector(8, u8) = @splat(0);
    return @reduce(.Add, @select(u8, m, ones, zeros));
}

pub fn main() !void {
    const data: @Vector(8, i16) = .{ 3, -1, 4, -1, 5, -9, 2, 6 };
    const neg = data < @as(@Vector(8, i16), @splat(0));
    std.debug.print("{any}\n", .{neg});
    std.debug.print("negatives: {d}, size of mask: {d}\n", .{ countTrue(neg), @sizeOf(Mask) });
    const bits: u8 = @bitCast(neg);
    std.debug.print("as bits: {b:0>8}\n", .{bits});
    var m: Mask = @splat(false);
    var i: usize = 0;
    while (i < 8) : (i += 2) m[i] = true;
    std.debug.print("{any} any={} all={}\n", .{ m, @reduce(.Or, m), @reduce(.And, m) });
    const clamped = @select(i16, neg, @as(@Vector(8, i16), @splat(0)), data);
    std.debug.print("{d}\n", .{clamped});
    const allocator = std.heap.page_allocator;
    const heap_mask = try allocator.create(Mask);
    defer allocator.destroy(heap_mask);
    heap_mask.* = m;
    heap_mask.*[1] = true;
    std.debug.print("{any} {d}\n", .{ heap_mask.*, countTrue(heap_mask.*) });
    const small: @Vector(3, u3) = .{ 7, 2, 5 };
    std.debug.print("{any} {d} {d}\n", .{ small +% @as(@Vector(3, u3), @splat(3)), @sizeOf(@Vector(3, u3)), @bitSizeOf(@Vector(3, u3)) });
}
