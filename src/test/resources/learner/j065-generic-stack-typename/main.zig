const std = @import("std");

fn Stack(comptime T: type, comptime capacity: usize) type {
    return struct {
        items: [capacity]T = undefined,
        len: usize = 0,

        const Self = @This();
        pub const Error = error{ Full, Empty };

        fn push(self: *Self, v: T) Error!void {
            if (self.len == capacity) return error.Full;
            self.items[self.len] = v;
            self.len += 1;
        }

        fn pop(self: *Self) Error!T {
            if (self.len == 0) return error.Empty;
            self.len -= 1;
            return self.items[self.len];
        }

        pub fn format(self: Self, comptime _: []const u8, _: std.fmt.FormatOptions, w: anytype) !void {
            try w.print("{s}[", .{@typeName(T)});
            for (self.items[0..self.len], 0..) |it, i| {
                if (i > 0) try w.writeAll(", ");
                try w.print("{any}", .{it});
            }
            try w.writeAll("]");
        }
    };
}

fn describe(value: anytype) []const u8 {
    return switch (@typeInfo(@TypeOf(value))) {
        .int => "integer",
        .float => "float",
        .pointer => "pointer",
        .@"struct" => "struct",
        .optional => "optional",
        else => "something else",
    };
}

pub fn main() !void {
    var ints = Stack(i32, 3){};
    try ints.push(1);
    try ints.push(-2);
    std.debug.print("{} {s}\n", .{ ints, @typeName(@TypeOf(ints)) });
    try ints.push(3);
    ints.push(4) catch |e| std.debug.print("push failed: {s}\n", .{@errorName(e)});
    var words = Stack([]const u8, 2){};
    try words.push("hi");
    std.debug.print("{}\n", .{words});
    const Pair = struct { a: u8, b: bool };
    var pairs = Stack(Pair, 1){};
    try pairs.push(.{ .a = 1, .b = true });
    std.debug.print("{}\n", .{pairs});
    std.debug.print("{s}\n", .{@typeName(Stack(Pair, 1).Error)});
    const s: []const u8 = "x";
    const o: ?u8 = 1;
    std.debug.print("{s} {s} {s} {s} {s} {s}\n", .{ describe(1), describe(@as(f32, 1)), describe(s), describe(&ints), describe(ints), describe(o) });
    while (true) {
        const v = ints.pop() catch break;
        std.debug.print("{d} ", .{v});
    }
    std.debug.print("\n", .{});
    _ = try words.pop();
    _ = try words.pop();
}
