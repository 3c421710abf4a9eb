const std = @import("std");

fn Stack(comptime T: type) type {
    return struct {
        items: []T,
        len: usize = 0,
        const Self = @This();
        pub fn push(self: *Self, v: T) !void {
            if (self.len == self.items.len) return error.Full;
            self.items[self.len] = v;
            self.len += 1;
        }
    };
}

fn Pair(comptime A: type, comptime B: type) type {
    return struct { a: A, b: B };
}

const Wrapper = struct {
    pub fn Inner(comptime n: usize) type {
        return [n]u8;
    }
};

pub fn main() void {
    std.debug.print("{s}\n", .{@typeName(Stack(u8))});
    std.debug.print("{s}\n", .{@typeName(Stack([]const u8))});
    std.debug.print("{s}\n", .{@typeName(Pair(i32, ?bool))});
    std.debug.print("{s}\n", .{@typeName(Pair(Stack(u16), f32))});
    std.debug.print("{s}\n", .{@typeName(Wrapper.Inner(4))});
    std.debug.print("{s}\n", .{@typeName(std.ArrayList(u32))});
    std.debug.print("{s}\n", .{@typeName(std.StringHashMap(i64))});
    std.debug.print("{s}\n", .{@typeName(*const [3:0]u8)});
    std.debug.print("{s}\n", .{@typeName(@TypeOf("abc"))});
    std.debug.print("{s}\n", .{@typeName(?*anyopaque)});
    std.debug.print("{s}\n", .{@typeName(error{ A, B }!void)});
    std.debug.print("{s}\n", .{@typeName(fn (u8) bool)});
    std.debug.print("{s}\n", .{@typeName(@TypeOf(.{ 1, "x" }))});
    std.debug.print("{s}\n", .{@typeName(@TypeOf(main))});
    std.debug.print("{s}\n", .{@typeName([*:0]const u8)});
    var buf: [4]u8 = undefined;
    var s = Stack(u8){ .items = &buf };
    s.push(1) catch {};
    std.debug.print("{any}\n", .{s});
    const p = Pair(u8, bool){ .a = 1, .b = true };
    std.debug.print("{}\n", .{p});
}
