const std = @import("std");

const Reading = struct { sensor: u8, value: i16 };

fn collect(alloc: std.mem.Allocator, raw: []const i16) ![]Reading {
    var list = try std.ArrayListUnmanaged(Reading).initCapacity(alloc, 2);
    errdefer list.deinit(alloc);
    for (raw, 0..) |v, i| {
        if (v == -1) continue;
        if (list.items.len < list.capacity) {
            list.appendAssumeCapacity(.{ .sensor = @intCast(i), .value = v });
        } else {
            const slot = try list.addOne(alloc);
            slot.* = .{ .sensor = @intCast(i), .value = v };
        }
    }
    return list.toOwnedSlice(alloc);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    const readings = try collect(alloc, &.{ 20, -1, 22, 19, -1, 25 });
    for (readings) |r| std.debug.print("s{d}={d} ", .{ r.sensor, r.value });
    std.debug.print("\n", .{});
    var again = std.ArrayListUnmanaged(Reading).fromOwnedSlice(readings);
    try again.append(alloc, .{ .sensor = 9, .value = -40 });
    std.debug.print("len {d} last {}\n", .{ again.items.len, again.items[again.items.len - 1] });
    var copy = try again.clone(alloc);
    copy.items[0].value = 0;
    std.debug.print("orig {d} copy {d}\n", .{ again.items[0].value, copy.items[0].value });
    again.deinit(alloc);
    var hottest: ?Reading = null;
    for (copy.items) |r| {
        if (hottest == null or r.value > hottest.?.value) hottest = r;
    }
    std.debug.print("hottest {any}\n", .{hottest});
}
