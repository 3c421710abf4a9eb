const std = @import("std");

fn Stack(comptime T: type) type {
    return struct {
        const Self = @This();
        items: []T,
        len: usize,
        alloc: std.mem.Allocator,

        fn init(alloc: std.mem.Allocator) !Self {
            return .{ .items = try alloc.alloc(T, 2), .len = 0, .alloc = alloc };
        }
        fn deinit(self: *Self) void {
            self.alloc.free(self.items);
        }
        fn push(self: *Self, v: T) !void {
            if (self.len == self.items.len) {
                self.items = try self.alloc.realloc(self.items, self.items.len * 2);
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

pub fn main() !void {
    var buffer: [256]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buffer);
    const alloc = fba.allocator();
    var s = try Stack(u32).init(alloc);
    defer s.deinit();
    var i: u32 = 0;
    while (i < 20) : (i += 1) {
        s.push(i * i) catch |e| {
            std.debug.print("push {d} failed: {s} (used {d} of {d})\n", .{ i, @errorName(e), fba.end_index, buffer.len });
            break;
        };
    }
    std.debug.print("len={d} cap={d}\n", .{ s.len, s.items.len });
    while (s.pop()) |v| {
        if (v < 100) break;
        std.debug.print("{d} ", .{v});
    }
    std.debug.print("\n", .{});
    fba.reset();
    const words = try alloc.alloc([]const u8, 3);
    words[0] = "reset";
    words[1] = "reuses";
    words[2] = "memory";
    std.debug.print("{s} {s} {s} end={d}\n", .{ words[0], words[1], words[2], fba.end_index });
    std.debug.print("owns={} {}\n", .{ fba.ownsSlice(std.mem.sliceAsBytes(words)), fba.ownsPtr(@ptrCast(&i)) });
    const big = try alloc.alloc(u64, 64);
    _ = big;
}
