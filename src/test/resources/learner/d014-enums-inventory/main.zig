const std = @import("std");

const Fruit = enum { apple, banana, cherry, date };
const Day = enum { mon, tue, wed, thu, fri, sat, sun };

pub fn main() void {
    var stock = std.EnumArray(Fruit, u32).initFill(0);
    stock.set(.apple, 12);
    stock.set(.cherry, 40);
    stock.getPtr(.apple).* -= 5;
    for (std.enums.values(Fruit)) |f| {
        std.debug.print("{s:<7} {d}\n", .{ @tagName(f), stock.get(f) });
    }
    var it = stock.iterator();
    var total: u32 = 0;
    while (it.next()) |entry| total += entry.value.*;
    std.debug.print("total {d}\n", .{total});

    var open = std.EnumSet(Day).initEmpty();
    open.insert(.mon);
    open.insert(.wed);
    open.insert(.fri);
    const weekend = std.EnumSet(Day).initMany(&.{ .sat, .sun });
    std.debug.print("open days: {d}, open on wed: {}, open on sat: {}\n", .{ open.count(), open.contains(.wed), open.contains(.sat) });
    const all = open.unionWith(weekend);
    var dit = all.iterator();
    while (dit.next()) |d| std.debug.print("{s} ", .{@tagName(d)});
    std.debug.print("\n", .{});
    const closed = all.complement();
    std.debug.print("closed count {d}\n", .{closed.count()});

    var prices = std.EnumMap(Fruit, f32).init(.{ .apple = 0.5, .date = 3.25 });
    prices.put(.banana, 0.25);
    std.debug.print("has cherry price: {}, count {d}\n", .{ prices.contains(.cherry), prices.count() });
    var pit = prices.iterator();
    while (pit.next()) |e| std.debug.print("{s}={d:.2} ", .{ @tagName(e.key), e.value.* });
    std.debug.print("\n", .{});
    if (prices.fetchRemove(.apple)) |old| std.debug.print("removed apple price {d}\n", .{old});
    std.debug.print("apple now {?d}\n", .{prices.get(.apple)});
}
