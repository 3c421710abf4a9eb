const std = @import("std");

const Song = struct {
    title: []u8,
    plays: u32,
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();

    var playlist = std.ArrayList(Song).init(alloc);
    defer {
        for (playlist.items) |s| alloc.free(s.title);
        playlist.deinit();
    }
    for ([_][]const u8{ "Intro", "Loops", "Outro" }, 0..) |t, i| {
        try playlist.append(.{ .title = try alloc.dupe(u8, t), .plays = @intCast(i * 7) });
    }
    // drop songs with no plays
    var i: usize = 0;
    while (i < playlist.items.len) : (i += 1) {
        if (playlist.items[i].plays == 0) {
            alloc.free(playlist.items[i].title);
            std.debug.print("removed song {d}\n", .{i});
        }
    }
    for (playlist.items) |s| std.debug.print("{d:>3} plays\n", .{s.plays});
}
