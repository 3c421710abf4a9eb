const std = @import("std");

const Person = struct { name: []const u8, age: u8, tags: []const []const u8 };

fn render(alloc: std.mem.Allocator, people: []const Person) ![]u8 {
    var sb = std.ArrayList(u8).init(alloc);
    errdefer sb.deinit();
    const w = sb.writer();
    try w.writeAll("<ul>\n");
    for (people, 1..) |p, i| {
        try w.print("  <li id=\"p{d}\">{s} ({d})", .{ i, p.name, p.age });
        if (p.tags.len > 0) {
            try w.writeAll(" [");
            for (p.tags, 0..) |t, j| {
                if (j != 0) try w.writeByte(',');
                try w.writeAll(t);
            }
            try w.writeByte(']');
        }
        try w.writeAll("</li>\n");
    }
    try w.writeAll("</ul>");
    try w.writeByteNTimes('-', 5);
    try w.print("{x:0>4}|{X}|{o}|{b:0>8}|{e}", .{ 48879, 255, 8, 5, 1234.5 });
    return sb.toOwnedSlice();
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const people = [_]Person{
        .{ .name = "Ada", .age = 36, .tags = &.{ "math", "code" } },
        .{ .name = "Linus", .age = 54, .tags = &.{} },
    };
    const html = try render(gpa.allocator(), &people);
    defer gpa.allocator().free(html);
    const stdout = std.io.getStdOut().writer();
    try stdout.print("{s}\n", .{html});
    try stdout.print("length {d}, lines {d}\n", .{ html.len, std.mem.count(u8, html, "\n") + 1 });
}
