const std = @import("std");

const Contact = struct {
    name: []u8,
    phone: u32,

    fn rename(self: *Contact, a: std.mem.Allocator, new_name: []const u8) !void {
        const copy = try a.dupe(u8, new_name);
        a.free(self.name);
        self.name = copy;
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();

    var book = std.ArrayList(Contact).init(a);
    defer {
        for (book.items) |c| a.free(c.name);
        book.deinit();
    }
    try book.append(.{ .name = try a.dupe(u8, "Ada Lovelace"), .phone = 1815 });
    try book.append(.{ .name = try a.dupe(u8, "Alan Turing"), .phone = 1912 });
    try book.append(.{ .name = try std.fmt.allocPrint(a, "Grace {s}", .{"Hopper"}), .phone = 1906 });

    // remember the display name of the first entry for the header
    const header = book.items[0].name;
    for (book.items) |c| std.debug.print("{s:<14} {d}\n", .{ c.name, c.phone });

    try book.items[0].rename(a, "Augusta Ada King");
    std.debug.print("renamed: {s}\n", .{book.items[0].name});
    std.debug.print("header still says: {s}\n", .{header});
}
