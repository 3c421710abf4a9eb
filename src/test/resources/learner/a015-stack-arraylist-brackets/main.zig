const std = @import("std");

fn Stack(comptime T: type) type {
    return struct {
        const Self = @This();
        list: std.ArrayList(T),

        pub fn init(allocator: std.mem.Allocator) Self {
            return .{ .list = std.ArrayList(T).init(allocator) };
        }

        pub fn deinit(self: *Self) void {
            self.list.deinit();
        }

        pub fn push(self: *Self, value: T) !void {
            try self.list.append(value);
        }

        pub fn pop(self: *Self) ?T {
            return self.list.pop();
        }

        pub fn peek(self: Self) ?T {
            return self.list.getLastOrNull();
        }

        pub fn isEmpty(self: Self) bool {
            return self.list.items.len == 0;
        }
    };
}

fn matching(close: u8) u8 {
    return switch (close) {
        ')' => '(',
        ']' => '[',
        '}' => '{',
        else => unreachable,
    };
}

fn balanced(allocator: std.mem.Allocator, text: []const u8) !bool {
    var stack = Stack(u8).init(allocator);
    defer stack.deinit();
    for (text) |c| {
        switch (c) {
            '(', '[', '{' => try stack.push(c),
            ')', ']', '}' => {
                const open = stack.pop() orelse return false;
                if (open != matching(c)) return false;
            },
            else => {},
        }
    }
    return stack.isEmpty();
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const samples = [_][]const u8{ "(a[b]{c})", "([)]", "((x)", "", "}{", "{[()()]}" };
    for (samples) |s| {
        std.debug.print("{s:<10} -> {}\n", .{ s, try balanced(allocator, s) });
    }

    var nums = Stack(i64).init(allocator);
    defer nums.deinit();
    for ([_]i64{ 1, 2, 3 }) |n| try nums.push(n * 100);
    std.debug.print("peek {?d}\n", .{nums.peek()});
    while (nums.pop()) |n| std.debug.print("popped {d}\n", .{n});
    std.debug.print("peek {?d}\n", .{nums.peek()});
}
