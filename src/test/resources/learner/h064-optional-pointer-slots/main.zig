const std = @import("std");

const Slot = struct { name: []const u8, hits: u32 = 0 };

fn find(slots: []Slot, name: []const u8) ?*Slot {
    for (slots) |*s| if (std.mem.eql(u8, s.name, name)) return s;
    return null;
}

pub fn main() void {
    var slots = [_]Slot{ .{ .name = "home" }, .{ .name = "about" }, .{ .name = "blog" } };
    const visits = [_][]const u8{ "home", "blog", "home", "contact", "blog", "home" };
    var misses: u32 = 0;
    for (visits) |v| {
        if (find(&slots, v)) |s| {
            s.hits += 1;
        } else misses += 1;
    }
    for (slots) |s| std.debug.print("{s:<6}{d}\n", .{ s.name, s.hits });
    std.debug.print("misses={d}\n", .{misses});
    var maybe: ?Slot = slots[0];
    if (maybe) |*m| m.hits = 100;
    std.debug.print("copy hits={d} original={d}\n", .{ maybe.?.hits, slots[0].hits });
    var i: usize = 0;
    var it: ?*Slot = &slots[0];
    while (it) |s| : (i += 1) {
        std.debug.print("walk {d}: {s}\n", .{ i, s.name });
        it = if (i + 1 < slots.len) &slots[i + 1] else null;
    }
    const best = blk: {
        var b: ?*const Slot = null;
        for (&slots) |*s| {
            if (b == null or s.hits > b.?.hits) b = s;
        }
        break :blk b orelse unreachable;
    };
    std.debug.print("best={s}\n", .{best.name});
    maybe = null;
    const m = maybe orelse find(&slots, "contact").?.*;
    std.debug.print("{s}\n", .{m.name});
}
