// Forgetting parsed.deinit(): the GeneralPurposeAllocator reports the arena's leaked memory.
const std = @import("std");

const Todo = struct {
    title: []const u8,
    done: bool,
};

fn countOpen(allocator: std.mem.Allocator, text: []const u8) !usize {
    const parsed = try std.json.parseFromSlice([]Todo, allocator, text, .{});
    // BUG: missing `defer parsed.deinit();`
    var open: usize = 0;
    for (parsed.value) |t| {
        if (!t.done) open += 1;
    }
    return open;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer {
        const status = gpa.deinit();
        std.debug.print("gpa: {s}\n", .{@tagName(status)});
    }
    const allocator = gpa.allocator();

    const n = try countOpen(allocator,
        \\[{"title": "write parser", "done": true},
        \\ {"title": "escape \"quotes\"", "done": false}]
    );
    std.debug.print("{d} open todo(s)\n", .{n});
}
