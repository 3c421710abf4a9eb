const std = @import("std");

const Section = struct {
    title: []const u8,
    paragraphs: std.ArrayList([]const u8),
    children: std.ArrayList(*Section),

    fn create(a: std.mem.Allocator, title: []const u8) !*Section {
        const s = try a.create(Section);
        s.* = .{
            .title = try a.dupe(u8, title),
            .paragraphs = std.ArrayList([]const u8).init(a),
            .children = std.ArrayList(*Section).init(a),
        };
        return s;
    }

    fn addChild(self: *Section, a: std.mem.Allocator, title: []const u8) !*Section {
        const c = try Section.create(a, title);
        errdefer c.destroy(a);
        try self.children.append(c);
        return c;
    }

    /// Takes ownership of `line`.
    fn say(self: *Section, a: std.mem.Allocator, line: []u8) !void {
        errdefer a.free(line);
        try self.paragraphs.append(line);
    }

    fn destroy(self: *Section, a: std.mem.Allocator) void {
        for (self.children.items) |c| c.destroy(a);
        for (self.paragraphs.items) |p| a.free(p);
        self.children.deinit();
        self.paragraphs.deinit();
        a.free(self.title);
        a.destroy(self);
    }

    fn render(self: *const Section, w: anytype, depth: usize) !void {
        try w.writeByteNTimes('#', depth + 1);
        try w.print(" {s}\n", .{self.title});
        for (self.paragraphs.items) |p| try w.print("{s}\n", .{p});
        for (self.children.items) |c| try c.render(w, depth + 1);
    }
};

fn buildDoc(a: std.mem.Allocator) !*Section {
    const root = try Section.create(a, "Heap notes");
    errdefer root.destroy(a);
    try root.say(a, try std.fmt.allocPrint(a, "Written with {d} allocators.", .{2}));
    const lists = try root.addChild(a, "Lists");
    try lists.say(a, try std.fmt.allocPrint(a, "Nodes: {s}, {s}.", .{ "singly", "doubly" }));
    const trees = try root.addChild(a, "Trees");
    try trees.say(a, try std.fmt.allocPrint(a, "Balance factor in [{d}, {d}].", .{ -1, 1 }));
    const avl = try trees.addChild(a, "AVL");
    try avl.say(a, try a.dupe(u8, "Height <= 1.44 log2(n)."));
    return root;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();

    const doc = try buildDoc(gpa.allocator());
    var out = std.ArrayList(u8).init(gpa.allocator());
    defer out.deinit();
    try doc.render(out.writer(), 0);
    std.debug.print("{s}", .{out.items});
    doc.destroy(gpa.allocator());

    var arena = std.heap.ArenaAllocator.init(gpa.allocator());
    defer arena.deinit();
    const doc2 = try buildDoc(arena.allocator());
    std.debug.print("arena doc has {d} children\n", .{doc2.children.items.len});

    var buf: [700]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    _ = try buildDoc(fba.allocator());
}
