const std = @import("std");

const Suit = enum { clubs, diamonds, hearts, spades };
const Weekday = enum(u3) { mon, tue, wed, thu, fri, sat, sun };

pub fn main() void {
    std.debug.print("suits:", .{});
    for (std.enums.values(Suit)) |s| std.debug.print(" {s}", .{@tagName(s)});
    std.debug.print("\n", .{});

    var points = std.EnumArray(Suit, u32).initFill(0);
    const hand = [_]Suit{ .hearts, .spades, .hearts, .clubs, .hearts };
    for (hand) |s| points.getPtr(s).* += 1;
    points.set(.diamonds, 9);
    var it = points.iterator();
    while (it.next()) |entry| {
        std.debug.print("  {s:<9} {d}\n", .{ @tagName(entry.key), entry.value.* });
    }

    var seen = std.EnumSet(Suit).initEmpty();
    for (hand) |s| seen.insert(s);
    std.debug.print("distinct suits: {d}, has diamonds: {}\n", .{ seen.count(), seen.contains(.diamonds) });
    const missing = seen.complement();
    var mit = missing.iterator();
    while (mit.next()) |s| std.debug.print("missing {s}\n", .{@tagName(s)});

    var hours = std.EnumMap(Weekday, f32){};
    hours.put(.mon, 7.5);
    hours.put(.wed, 8);
    hours.put(.fri, 4.25);
    var total: f32 = 0;
    for (std.enums.values(Weekday)) |d| {
        if (hours.get(d)) |h| {
            total += h;
        } else {
            std.debug.print("{s} off\n", .{@tagName(d)});
        }
    }
    std.debug.print("worked {d} hours over {d} days\n", .{ total, hours.count() });

    const short_names = std.enums.directEnumArray(Weekday, []const u8, 0, .{
        .mon = "Mo", .tue = "Tu", .wed = "We", .thu = "Th", .fri = "Fr", .sat = "Sa", .sun = "Su",
    });
    for (short_names, 0..) |n, i| std.debug.print("{d}:{s} ", .{ i, n });
    std.debug.print("\n", .{});
}
