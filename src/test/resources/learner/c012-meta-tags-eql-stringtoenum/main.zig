const std = @import("std");

const Command = enum { start, stop, pause, resume_, status };

const Message = union(enum) {
    ping: u32,
    text: []const u8,
    move: struct { dx: i16, dy: i16 },
    quit,
};

fn parseCommand(word: []const u8) ?Command {
    return std.meta.stringToEnum(Command, word);
}

pub fn main() void {
    const inputs = [_][]const u8{ "start", "status", "Stop", "resume_", "jump" };
    for (inputs) |w| {
        if (parseCommand(w)) |cmd| {
            std.debug.print("{s:<8} -> .{s} ({d})\n", .{ w, @tagName(cmd), @intFromEnum(cmd) });
        } else {
            std.debug.print("{s:<8} -> unknown command\n", .{w});
        }
    }

    const msgs = [_]Message{
        .{ .ping = 7 },
        .{ .text = "hi" },
        .{ .move = .{ .dx = 1, .dy = -1 } },
        .quit,
    };
    var counts = [_]u32{0} ** 4;
    for (msgs) |m| {
        const tag = std.meta.activeTag(m);
        counts[@intFromEnum(tag)] += 1;
        std.debug.print("message tag: {s}\n", .{@tagName(tag)});
    }
    const TagType = std.meta.Tag(Message);
    std.debug.print("tag type has {d} fields\n", .{@typeInfo(TagType).@"enum".fields.len});
    std.debug.print("is it quit? {}\n", .{std.meta.activeTag(msgs[3]) == TagType.quit});

    const a = Message{ .move = .{ .dx = 3, .dy = 4 } };
    const b = Message{ .move = .{ .dx = 3, .dy = 4 } };
    const c = Message{ .move = .{ .dx = 3, .dy = 5 } };
    const p = Message{ .ping = 3 };
    std.debug.print("a==b {} a==c {} a==p {}\n", .{ std.meta.eql(a, b), std.meta.eql(a, c), std.meta.eql(a, p) });

    const t1 = Message{ .text = "same" };
    const buf = "same".*;
    const t2 = Message{ .text = &buf };
    std.debug.print("text eql with a copied buffer: {}\n", .{std.meta.eql(t1, t2)});

    const P = struct { x: i32, y: i32 };
    std.debug.print("struct eql: {}\n", .{std.meta.eql(P{ .x = 1, .y = 2 }, P{ .x = 1, .y = 2 })});
}
