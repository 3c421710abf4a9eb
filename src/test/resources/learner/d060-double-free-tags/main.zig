const std = @import("std");

const Post = struct {
    title: []u8,
    tags: [][]const u8,

    fn create(allocator: std.mem.Allocator, title: []const u8, tags: []const []const u8) !Post {
        return .{
            .title = try allocator.dupe(u8, title),
            .tags = try allocator.dupe([]const u8, tags),
        };
    }

    fn destroy(self: Post, allocator: std.mem.Allocator) void {
        allocator.free(self.title);
        allocator.free(self.tags);
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var posts = std.ArrayList(Post).init(allocator);
    defer {
        for (posts.items) |p| p.destroy(allocator);
        posts.deinit();
    }
    try posts.append(try Post.create(allocator, "Draft post", &.{"wip"}));
    try posts.append(try Post.create(allocator, "Hello Zig", &.{ "zig", "intro" }));
    try posts.append(try Post.create(allocator, "Allocators", &.{ "zig", "memory", "gpa" }));

    for (posts.items) |p| std.debug.print("{s}: {d} tags\n", .{ p.title, p.tags.len });

    // delete the draft... and forget that the deferred loop frees it again
    const draft = posts.items[0];
    draft.destroy(allocator);
    std.debug.print("draft deleted, {d} posts left in the list\n", .{posts.items.len});
}
