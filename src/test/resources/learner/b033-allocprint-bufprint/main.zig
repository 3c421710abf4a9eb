const std = @import("std");

const Item = struct { name: []const u8, qty: u32, price_cents: u64 };

fn label(buf: []u8, item: Item) ![]u8 {
    return std.fmt.bufPrint(buf, "{s} x{d} @ {d}.{d:0>2}", .{
        item.name, item.qty, item.price_cents / 100, item.price_cents % 100,
    });
}

fn labelOrAlloc(allocator: std.mem.Allocator, buf: []u8, item: Item) !struct { text: []const u8, owned: bool } {
    if (label(buf, item)) |s| {
        return .{ .text = s, .owned = false };
    } else |err| switch (err) {
        error.NoSpaceLeft => {
            const s = try std.fmt.allocPrint(allocator, "{s} x{d} @ {d}.{d:0>2}", .{
                item.name, item.qty, item.price_cents / 100, item.price_cents % 100,
            });
            return .{ .text = s, .owned = true };
        },
    }
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("gpa: {s}\n", .{@tagName(gpa.deinit())});
    const allocator = gpa.allocator();

    const items = [_]Item{
        .{ .name = "tea", .qty = 2, .price_cents = 350 },
        .{ .name = "extra large pizza", .qty = 1, .price_cents = 1899 },
        .{ .name = "gum", .qty = 10, .price_cents = 5 },
    };
    var small: [16]u8 = undefined;
    for (items) |item| {
        if (label(&small, item)) |s| {
            std.debug.print("fits:      {s}\n", .{s});
        } else |err| {
            std.debug.print("too long:  {s} ({s})\n", .{ item.name, @errorName(err) });
        }
        const r = try labelOrAlloc(allocator, &small, item);
        defer if (r.owned) allocator.free(r.text);
        std.debug.print("label:     {s} (owned={})\n", .{ r.text, r.owned });
    }

    var total: u64 = 0;
    for (items) |it| total += it.qty * it.price_cents;
    const summary = try std.fmt.allocPrint(allocator, "{d} items, total {d}.{d:0>2}", .{ items.len, total / 100, total % 100 });
    defer allocator.free(summary);
    std.debug.print("{s} ({d} bytes)\n", .{ summary, summary.len });
}
