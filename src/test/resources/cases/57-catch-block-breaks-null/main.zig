const std = @import("std");

const Item = struct { name: []const u8, qty: u32 };

fn find(items: []Item, name: []const u8) !*Item {
    for (items) |*it| if (std.mem.eql(u8, it.name, name)) return it;
    return error.NotFound;
}

pub fn main() void {
    var items = [_]Item{ .{ .name = "bolt", .qty = 12 }, .{ .name = "nut", .qty = 40 } };
    for ([_][]const u8{ "nut", "gear" }) |name| {
        const hit = find(&items, name) catch |err| blk: {
            std.debug.print("{s}: {s}\n", .{ name, @errorName(err) });
            break :blk null;
        };
        if (hit) |it| {
            it.qty -= 1;
            std.debug.print("{s}: {d} left\n", .{ it.name, it.qty });
        }
    }
    const n = std.fmt.parseInt(u8, "300", 10) catch |err| blk: {
        std.debug.print("parse: {s}\n", .{@errorName(err)});
        break :blk 0;
    };
    std.debug.print("n = {d}\n", .{n});
}
