const std = @import("std");

const Song = struct {
    title: []const u8,
    seconds: u32,
    next: ?*Song = null,
};

const Playlist = struct {
    first: ?*Song = null,
    allocator: std.mem.Allocator,

    fn add(self: *Playlist, title: []const u8, seconds: u32) !void {
        const song = try self.allocator.create(Song);
        song.* = .{ .title = title, .seconds = seconds, .next = self.first };
        self.first = song;
    }

    fn totalSeconds(self: Playlist) u32 {
        var total: u32 = 0;
        var it = self.first;
        while (it) |s| : (it = s.next) total += s.seconds;
        return total;
    }

    // Bug: stops when the current song has no successor, so the last song is never destroyed.
    fn deinit(self: *Playlist) void {
        var current = self.first orelse return;
        while (current.next) |next| {
            self.allocator.destroy(current);
            current = next;
        }
        self.first = null;
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();

    var playlist = Playlist{ .allocator = gpa.allocator() };
    defer playlist.deinit();

    try playlist.add("Intro", 65);
    try playlist.add("Blue Room", 241);
    try playlist.add("Outro", 90);

    const total = playlist.totalSeconds();
    std.debug.print("playlist: {d}:{d:0>2}\n", .{ total / 60, total % 60 });
}
