const std = @import("std");

const Key = struct { code: u8, shift: bool };
const Click = struct { x: i16, y: i16 };

const Event = union(enum) {
    key: Key,
    click: Click,
    resize: [2]u16,
    quit,

    fn describe(self: Event, buf: []u8) ![]const u8 {
        return switch (self) {
            .key => |k| std.fmt.bufPrint(buf, "key {c}{s}", .{ k.code, if (k.shift) " +shift" else "" }),
            .click => |c| std.fmt.bufPrint(buf, "click ({d},{d})", .{ c.x, c.y }),
            .resize => |r| std.fmt.bufPrint(buf, "resize {d}x{d}", .{ r[0], r[1] }),
            .quit => "quit",
        };
    }
};

const Queue = struct {
    items: [8]Event = undefined,
    head: u3 = 0,
    tail: u3 = 0,
    fn put(self: *Queue, e: Event) void {
        self.items[self.tail] = e;
        self.tail +%= 1;
    }
    fn take(self: *Queue) ?Event {
        if (self.head == self.tail) return null;
        defer self.head +%= 1;
        return self.items[self.head];
    }
};

pub fn main() !void {
    var q = Queue{};
    q.put(.{ .key = .{ .code = 'a', .shift = true } });
    q.put(.{ .click = .{ .x = -3, .y = 40 } });
    q.put(.{ .resize = .{ 800, 600 } });
    q.put(.quit);
    var buf: [32]u8 = undefined;
    while (q.take()) |e| {
        std.debug.print("{s}\n", .{try e.describe(&buf)});
        if (e == .quit) break;
    }
    var e = Event{ .click = .{ .x = 1, .y = 2 } };
    switch (e) {
        .click => |*c| {
            c.x *= 10;
            c.y -= 5;
        },
        else => {},
    }
    std.debug.print("{any}\n", .{e});
    inline for (std.meta.fields(Event)) |f| std.debug.print("{s}:{d} ", .{ f.name, @sizeOf(f.type) });
    std.debug.print("\nsize={d}\n", .{@sizeOf(Event)});
    e = .{ .key = .{ .code = 'q', .shift = false } };
    std.debug.print("{d}\n", .{e.click.x});
}
