const std = @import("std");

fn Stack(comptime T: type) type {
    return struct {
        items: []T,
        len: usize,
        allocator: std.mem.Allocator,

        const Self = @This();

        fn init(allocator: std.mem.Allocator, capacity: usize) !Self {
            return .{ .items = try allocator.alloc(T, capacity), .len = 0, .allocator = allocator };
        }

        fn deinit(self: *Self) void {
            self.allocator.free(self.items);
        }

        fn push(self: *Self, v: T) !void {
            if (self.len == self.items.len) {
                const bigger = try self.allocator.alloc(T, self.items.len * 2);
                @memcpy(bigger[0..self.len], self.items);
                self.allocator.free(self.items);
                self.items = bigger;
            }
            self.items[self.len] = v;
            self.len += 1;
        }

        fn pop(self: *Self) ?T {
            if (self.len == 0) return null;
            self.len -= 1;
            return self.items[self.len];
        }
    };
}

fn sum(comptime T: type, xs: []const T) T {
    var total: T = 0;
    for (xs) |x| total += x;
    return total;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("gpa: {s}\n", .{@tagName(gpa.deinit())});
    const allocator = gpa.allocator();

    var s = try Stack(u32).init(allocator, 2);
    defer s.deinit();
    for (1..6) |i| try s.push(@intCast(i * i));
    std.debug.print("len {d} cap {d}\n", .{ s.len, s.items.len });
    while (s.pop()) |v| std.debug.print("{d} ", .{v});
    std.debug.print("\n", .{});
    const arr = [_]i64{ 3, -4, 5 };
    std.debug.print("sum {d}\n", .{sum(i64, &arr)});
    std.debug.print("type {}\n", .{@TypeOf(s)});
}
