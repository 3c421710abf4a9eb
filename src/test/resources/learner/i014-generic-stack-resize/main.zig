const std = @import("std");

fn Stack(comptime T: type) type {
    return struct {
        const Self = @This();
        items: []T = &.{},
        len: usize = 0,
        allocator: std.mem.Allocator,

        fn init(allocator: std.mem.Allocator) Self {
            return .{ .allocator = allocator };
        }

        fn deinit(self: *Self) void {
            self.allocator.free(self.items);
            self.* = undefined;
        }

        fn push(self: *Self, v: T) !void {
            if (self.len == self.items.len) {
                const new_cap = @max(2, self.items.len * 2);
                if (!self.allocator.resize(self.items, new_cap)) {
                    self.items = try self.allocator.realloc(self.items, new_cap);
                } else {
                    self.items.len = new_cap;
                }
            }
            self.items[self.len] = v;
            self.len += 1;
        }

        fn pop(self: *Self) ?T {
            if (self.len == 0) return null;
            self.len -= 1;
            return self.items[self.len];
        }

        fn peek(self: *const Self) ?*T {
            return if (self.len == 0) null else &self.items[self.len - 1];
        }
    };
}

const Frame = struct { name: []const u8, line: u32 };

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();

    var nums = Stack(f32).init(a);
    defer nums.deinit();
    for (0..9) |i| try nums.push(@as(f32, @floatFromInt(i)) * 1.5);
    std.debug.print("{s}: len {d} cap {d}\n", .{ @typeName(@TypeOf(nums)), nums.len, nums.items.len });
    while (nums.pop()) |v| {
        if (v < 6) break;
        std.debug.print("{d} ", .{v});
    }
    std.debug.print("\n", .{});

    var frames = Stack(Frame).init(a);
    defer frames.deinit();
    try frames.push(.{ .name = "main", .line = 1 });
    try frames.push(.{ .name = "parse", .line = 20 });
    frames.peek().?.line += 5;
    std.debug.print("top: {s}:{d}\n", .{ frames.peek().?.name, frames.peek().?.line });
    _ = frames.pop();
    _ = frames.pop();
    std.debug.print("empty peek: {?}\n", .{frames.peek()});
    const top = frames.peek().?;
    std.debug.print("{s}\n", .{top.name});
}
