const std = @import("std");

const StringBuilder = struct {
    buf: std.ArrayList(u8),
    indent: usize = 0,

    fn init(allocator: std.mem.Allocator) StringBuilder {
        return .{ .buf = std.ArrayList(u8).init(allocator) };
    }

    fn deinit(self: *StringBuilder) void {
        self.buf.deinit();
    }

    fn line(self: *StringBuilder, comptime fmt: []const u8, args: anytype) !void {
        try self.buf.appendNTimes(' ', self.indent * 2);
        try self.buf.writer().print(fmt, args);
        try self.buf.append('\n');
    }

    fn toOwned(self: *StringBuilder) ![]u8 {
        return self.buf.toOwnedSlice();
    }
};

fn renderHtml(allocator: std.mem.Allocator, title: []const u8, items: []const []const u8) ![]u8 {
    var sb = StringBuilder.init(allocator);
    defer sb.deinit();
    try sb.line("<ul title=\"{s}\">", .{title});
    sb.indent += 1;
    for (items, 1..) |item, i| try sb.line("<li id=\"{d}\">{s}</li>", .{ i, item });
    sb.indent -= 1;
    try sb.line("</ul>", .{});
    try sb.buf.insertSlice(0, "<!-- generated -->\n");
    return sb.toOwned();
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("gpa: {s}\n", .{@tagName(gpa.deinit())});
    const allocator = gpa.allocator();

    const html = try renderHtml(allocator, "groceries", &.{ "milk", "eggs", "bread" });
    defer allocator.free(html);
    std.debug.print("{s}", .{html});
    std.debug.print("length {d}, lines {d}\n", .{ html.len, std.mem.count(u8, html, "\n") });

    var csv = std.ArrayList(u8).init(allocator);
    defer csv.deinit();
    const w = csv.writer();
    for (0..4) |row| {
        for (0..3) |col| {
            if (col > 0) try w.writeByte(',');
            try w.print("{d}", .{row * 3 + col});
        }
        try w.writeByte('\n');
    }
    std.debug.print("{s}capacity >= len: {}\n", .{ csv.items, csv.capacity >= csv.items.len });
}
