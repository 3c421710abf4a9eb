const std = @import("std");

const Slot = struct { name: []const u8, hits: u32 };

const Cache = struct {
    slots: [4]?Slot = .{ null, null, null, null },

    fn find(self: *Cache, name: []const u8) ?*Slot {
        for (&self.slots) |*maybe| {
            if (maybe.*) |*slot| {
                if (std.mem.eql(u8, slot.name, name)) return slot;
            }
        }
        return null;
    }

    fn touch(self: *Cache, name: []const u8) !void {
        if (self.find(name)) |slot| {
            slot.hits += 1;
            return;
        }
        for (&self.slots) |*maybe| {
            if (maybe.* == null) {
                maybe.* = .{ .name = name, .hits = 1 };
                return;
            }
        }
        return error.CacheFull;
    }

    const Iterator = struct {
        cache: *const Cache,
        i: usize = 0,
        fn next(it: *Iterator) ?Slot {
            while (it.i < it.cache.slots.len) {
                defer it.i += 1;
                if (it.cache.slots[it.i]) |s| return s;
            }
            return null;
        }
    };

    fn iterator(self: *const Cache) Iterator {
        return .{ .cache = self };
    }
};

pub fn main() !void {
    var c = Cache{};
    const keys = [_][]const u8{ "a", "b", "a", "c", "a", "d", "b", "e" };
    for (keys) |k| {
        c.touch(k) catch |err| std.debug.print("{s}: {s}\n", .{ k, @errorName(err) });
    }
    var it = c.iterator();
    while (it.next()) |s| std.debug.print("{s}={d} ", .{ s.name, s.hits });
    std.debug.print("\n", .{});
    const hits = if (c.find("a")) |s| s.hits else 0;
    const missing = if (c.find("zz")) |s| s.hits else 0;
    std.debug.print("a={d} zz={d}\n", .{ hits, missing });
    var maybe_n: ?u32 = 5;
    if (maybe_n) |*n| n.* *= 10;
    std.debug.print("{?d}\n", .{maybe_n});
    const p = c.find("b") orelse return error.Missing;
    p.hits = 100;
    std.debug.print("{any}\n", .{c.slots[1]});
    c.slots[2] = null;
    const gone = c.find("c") orelse {
        std.debug.print("c is gone\n", .{});
        return;
    };
    _ = gone;
}
