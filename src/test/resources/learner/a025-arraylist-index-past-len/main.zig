const std = @import("std");

fn keepPositive(list: *std.ArrayList(i32)) void {
    var write: usize = 0;
    for (list.items) |v| {
        if (v > 0) {
            list.items[write] = v;
            write += 1;
        }
    }
    list.shrinkRetainingCapacity(write);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();

    var temps = std.ArrayList(i32).init(gpa.allocator());
    defer temps.deinit();
    try temps.appendSlice(&.{ -3, 4, 12, -1, 0, 7 });

    const original_len = temps.items.len;
    keepPositive(&temps);
    std.debug.print("kept {d} of {d}: {any} (capacity {d})\n", .{ temps.items.len, original_len, temps.items, temps.capacity });

    // Bug: loops over the old length; the capacity is still there, but items.len is not.
    var i: usize = 0;
    while (i < original_len) : (i += 1) {
        std.debug.print("reading {d}: {d}\n", .{ i, temps.items[i] });
    }
}
