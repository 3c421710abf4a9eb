const std = @import("std");

const Event = union(enum) {
    click: struct { x: i32, y: i32 },
    key: u8,
    scroll: f32,
    quit,

    fn describe(self: Event, buf: []u8) ![]const u8 {
        return switch (self) {
            inline .key, .scroll => |v, tag| std.fmt.bufPrint(buf, "{s}({any})", .{ @tagName(tag), v }),
            .click => |c| std.fmt.bufPrint(buf, "click at {d},{d}", .{ c.x, c.y }),
            .quit => "quit",
        };
    }
};

pub fn main() !void {
    var buf: [64]u8 = undefined;
    const events = [_]Event{
        @unionInit(Event, "key", 'q'),
        .{ .click = .{ .x = 3, .y = -4 } },
        .{ .scroll = -1.5 },
        .quit,
    };
    for (events) |e| std.debug.print("{s:<8} -> {s}\n", .{ @tagName(std.meta.activeTag(e)), try e.describe(&buf) });
    var e = events[1];
    switch (e) {
        .click => |*c| c.x *= 10,
        else => {},
    }
    std.debug.print("{any}\n", .{e});
    const Tag = std.meta.Tag(Event);
    std.debug.print("{d} tags, scroll is #{d}\n", .{ std.meta.fields(Tag).len, @intFromEnum(Tag.scroll) });
    const fieldType = @TypeOf(@field(events[2], "scroll"));
    std.debug.print("{s}\n", .{@typeName(fieldType)});
    std.debug.print("{d}\n", .{events[0].scroll});
}
