const std = @import("std");

const Link = struct {
    next: ?*Link = null,
};

const Timer = struct {
    name: []const u8,
    due: u32,
    link: Link = .{},

    fn fromLink(l: *Link) *Timer {
        return @fieldParentPtr("link", l);
    }
};

const Widget = struct {
    id: u32,
    on_click: Handler,

    const Handler = struct {
        clicks: u32 = 0,
        fn fire(h: *Handler) void {
            h.clicks += 1;
            const w: *Widget = @alignCast(@fieldParentPtr("on_click", h));
            std.debug.print("widget {d} clicked ({d})\n", .{ w.id, h.clicks });
        }
    };
};

pub fn main() void {
    var timers = [_]Timer{
        .{ .name = "save", .due = 30 },
        .{ .name = "ping", .due = 5 },
        .{ .name = "redraw", .due = 16 },
    };
    // intrusive singly linked list through the embedded Link, sorted by due time
    var head: ?*Link = null;
    for (&timers) |*t| {
        var cur: *?*Link = &head;
        while (cur.*) |l| : (cur = &l.next) {
            if (Timer.fromLink(l).due > t.due) break;
        }
        t.link.next = cur.*;
        cur.* = &t.link;
    }
    var it = head;
    while (it) |l| : (it = l.next) {
        const t = Timer.fromLink(l);
        std.debug.print("{s} due at {d}\n", .{ t.name, t.due });
    }

    var buttons = [_]Widget{ .{ .id = 1, .on_click = .{} }, .{ .id = 2, .on_click = .{} } };
    buttons[1].on_click.fire();
    buttons[0].on_click.fire();
    buttons[1].on_click.fire();
    std.debug.print("offset of link: {d}\n", .{@offsetOf(Timer, "link")});
}
