const std = @import("std");

fn List(comptime T: type) type {
    return struct {
        const Self = @This();
        const Node = struct {
            value: T,
            next: ?*Node = null,
        };
        head: ?*Node = null,
        tail: ?*Node = null,
        len: usize = 0,
        alloc: std.mem.Allocator,

        fn init(alloc: std.mem.Allocator) Self {
            return .{ .alloc = alloc };
        }

        fn append(self: *Self, v: T) !void {
            const n = try self.alloc.create(Node);
            n.* = .{ .value = v };
            if (self.tail) |t| t.next = n else self.head = n;
            self.tail = n;
            self.len += 1;
        }

        const Iterator = struct {
            cur: ?*Node,
            fn next(it: *Iterator) ?*T {
                const n = it.cur orelse return null;
                it.cur = n.next;
                return &n.value;
            }
        };

        fn iterator(self: Self) Iterator {
            return .{ .cur = self.head };
        }

        fn deinit(self: *Self) void {
            var it = self.head;
            while (it) |n| {
                it = n.next;
                self.alloc.destroy(n);
            }
            self.* = init(self.alloc);
        }
    };
}

const Point = struct { x: i32, y: i32 };

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();

    var pts = List(Point).init(alloc);
    defer pts.deinit();
    for (0..4) |i| try pts.append(.{ .x = @intCast(i), .y = @intCast(i * i) });
    var it = pts.iterator();
    while (it.next()) |p| p.y -= p.x;
    it = pts.iterator();
    while (it.next()) |p| std.debug.print("({d},{d}) ", .{ p.x, p.y });
    std.debug.print("len {d}\n", .{pts.len});

    var words = List([]const u8).init(alloc);
    for ([_][]const u8{ "alpha", "beta", "gamma" }) |w| try words.append(w);
    var wit = words.iterator();
    while (wit.next()) |w| std.debug.print("{s} ", .{w.*});
    std.debug.print("\n{s}\n", .{@typeName(@TypeOf(wit))});
}
