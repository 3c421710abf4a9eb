const std = @import("std");

const Direction = enum {
    north,
    east,
    south,
    west,

    fn turnRight(self: Direction) Direction {
        return @enumFromInt(@intFromEnum(self) +% 1); // u2 wraps from west back to north
    }

    fn opposite(self: Direction) Direction {
        return switch (self) {
            .north => .south,
            .south => .north,
            .east => .west,
            .west => .east,
        };
    }

    fn isVertical(self: Direction) bool {
        return self == .north or self == .south;
    }
};

const Item = union(enum) {
    coins: u32,
    potion: struct { hp: u8, count: u8 },
    key: []const u8,
    nothing,
};

fn useAll(items: []Item) void {
    for (items) |*item| {
        switch (item.*) {
            .coins => |*c| c.* += 10,
            .potion => |*p| {
                if (p.count > 0) p.count -= 1;
                if (p.count == 0) item.* = .nothing;
            },
            .key => |name| std.debug.print("  key '{s}' stays\n", .{name}),
            .nothing => {},
        }
    }
}

pub fn main() void {
    var d: Direction = .north;
    for (0..5) |_| {
        std.debug.print("{s} (opposite {s}, vertical {})\n", .{ @tagName(d), @tagName(d.opposite()), d.isVertical() });
        d = d.turnRight();
    }

    var bag = [_]Item{
        .{ .coins = 5 },
        .{ .potion = .{ .hp = 20, .count = 2 } },
        .{ .key = "cellar" },
        .nothing,
    };
    for (0..3) |round| {
        useAll(&bag);
        std.debug.print("after round {d}:", .{round + 1});
        for (bag) |item| {
            switch (item) {
                .coins => |c| std.debug.print(" coins={d}", .{c}),
                .potion => |p| std.debug.print(" potion(hp {d} x{d})", .{ p.hp, p.count }),
                .key => std.debug.print(" key", .{}),
                .nothing => std.debug.print(" -", .{}),
            }
        }
        std.debug.print("\n", .{});
    }
}
