const std = @import("std");

const Node = struct {
    value: u32,
    children: std.ArrayList(*Node),

    fn create(a: std.mem.Allocator, v: u32) !*Node {
        const n = try a.create(Node);
        n.* = .{ .value = v, .children = std.ArrayList(*Node).init(a) };
        return n;
    }
    fn destroy(self: *Node, a: std.mem.Allocator) void {
        for (self.children.items) |c| c.destroy(a);
        self.children.deinit();
        a.destroy(self);
    }
    fn sum(self: *const Node) u32 {
        var s = self.value;
        for (self.children.items) |c| s += c.sum();
        return s;
    }
    fn print(self: *const Node, depth: usize) void {
        for (0..depth) |_| std.debug.print("  ", .{});
        std.debug.print("{d}\n", .{self.value});
        for (self.children.items) |c| c.print(depth + 1);
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const root = try Node.create(a, 1);
    defer root.destroy(a);
    const kid = try Node.create(a, 2);
    try root.children.append(kid);
    try kid.children.append(try Node.create(a, 4));
    try root.children.append(try Node.create(a, 3));
    root.print(0);
    std.debug.print("sum {d}\n", .{root.sum()});
    const orphan = try Node.create(a, 99);
    _ = orphan;
}
