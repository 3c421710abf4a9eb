const std = @import("std");

fn Stack(comptime T: type) type {
    return struct {
        const Self = @This();

        items: std.ArrayList(T),

        pub fn init(allocator: std.mem.Allocator) Self {
            return .{ .items = std.ArrayList(T).init(allocator) };
        }

        pub fn deinit(self: *Self) void {
            self.items.deinit();
        }

        pub fn push(self: *Self, value: T) !void {
            try self.items.append(value);
        }

        pub fn peek(self: Self) ?T {
            if (self.items.items.len == 0) return null;
            return self.items.items[self.items.items.len - 1];
        }

        pub fn drop(self: *Self) void {
            self.items.shrinkRetainingCapacity(self.items.items.len - 1);
        }

        pub fn size(self: Self) usize {
            return self.items.items.len;
        }
    };
}

fn Pair(comptime A: type, comptime B: type) type {
    return struct {
        first: A,
        second: B,

        pub fn swap(self: @This()) Pair(B, A) {
            return .{ .first = self.second, .second = self.first };
        }
    };
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var words = Stack([]const u8).init(allocator);
    defer words.deinit();
    try words.push("alpha");
    try words.push("beta");
    try words.push("gamma");
    std.debug.print("size={d} top={s}\n", .{ words.size(), words.peek().? });
    while (words.peek()) |w| {
        std.debug.print("drop {s}\n", .{w});
        words.drop();
    }
    std.debug.print("empty peek: {?s}\n", .{words.peek()});

    var pairs = Stack(Pair(u8, f32)).init(allocator);
    defer pairs.deinit();
    for (0..4) |i| {
        const f: f32 = @floatFromInt(i);
        try pairs.push(.{ .first = @intCast(i), .second = f * 1.5 });
    }
    for (pairs.items.items) |p| {
        const s = p.swap();
        std.debug.print("({d}, {d}) -> ({d}, {d})\n", .{ p.first, p.second, s.first, s.second });
    }
    std.debug.print("{s}\n", .{@typeName(Pair(u8, f32))});
    std.debug.print("{s}\n", .{@typeName(@TypeOf(pairs))});
}
