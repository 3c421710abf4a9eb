const std = @import("std");

const Slot = struct { item: ?[]const u8 = null, uses: u32 = 0 };

pub fn main() void {
    var slots = [_]?Slot{ .{ .item = "sword" }, null, .{ .item = "shield", .uses = 2 }, .{} };
    for (&slots, 0..) |*maybe, i| {
        if (maybe.*) |*slot| {
            slot.uses += 1;
            if (slot.item) |name| {
                std.debug.print("slot {d}: {s} used {d}x\n", .{ i, name, slot.uses });
            } else {
                std.debug.print("slot {d}: empty item\n", .{i});
                maybe.* = null;
            }
        } else std.debug.print("slot {d}: none\n", .{i});
    }
    var total: u32 = 0;
    for (slots) |s| total += if (s) |v| v.uses else 0;
    std.debug.print("total uses {d}, slot3 null: {}\n", .{ total, slots[3] == null });
    var maybe_num: ?u32 = 5;
    if (maybe_num) |*n| n.* *= 10;
    const ptr = &(maybe_num.?);
    ptr.* += 1;
    std.debug.print("{?d}\n", .{maybe_num});
    maybe_num = null;
    std.debug.print("{d}\n", .{maybe_num orelse unreachable});
}
