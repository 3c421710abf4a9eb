const std = @import("std");

const Command = enum { add, done, remove, list };
const Todo = struct { title: []u8, done: bool = false };

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("leaks: {}\n", .{gpa.deinit() == .leak});
    const alloc = gpa.allocator();
    var todos = std.ArrayList(Todo).init(alloc);
    defer {
        for (todos.items) |t| alloc.free(t.title);
        todos.deinit();
    }
    const script =
        \\add buy milk
        \\add write report
        \\add call mom
        \\done 1
        \\list
        \\remove 0
        \\frobnicate 3
        \\done 7
        \\list
    ;
    var lines = std.mem.splitScalar(u8, script, '\n');
    while (lines.next()) |line| {
        const sp = std.mem.indexOfScalar(u8, line, ' ') orelse line.len;
        const cmd = std.meta.stringToEnum(Command, line[0..sp]) orelse {
            std.debug.print("unknown command '{s}'\n", .{line[0..sp]});
            continue;
        };
        const arg = if (sp < line.len) line[sp + 1 ..] else "";
        switch (cmd) {
            .add => try todos.append(.{ .title = try alloc.dupe(u8, arg) }),
            .done, .remove => {
                const idx = std.fmt.parseInt(usize, arg, 10) catch continue;
                if (idx >= todos.items.len) {
                    std.debug.print("no todo #{d}\n", .{idx});
                    continue;
                }
                if (cmd == .done) {
                    todos.items[idx].done = true;
                } else {
                    const removed = todos.orderedRemove(idx);
                    std.debug.print("removed '{s}'\n", .{removed.title});
                    alloc.free(removed.title);
                }
            },
            .list => for (todos.items, 0..) |t, i| {
                std.debug.print("{d}. [{c}] {s}\n", .{ i, @as(u8, if (t.done) 'x' else ' '), t.title });
            },
        }
    }
}
