const std = @import("std");
const testing = std.testing;

const Item = struct {
    sku: u32,
    name: []const u8,
    qty: u16,

    pub fn format(self: Item, comptime fmt: []const u8, options: std.fmt.FormatOptions, writer: anytype) !void {
        _ = options;
        if (comptime std.mem.eql(u8, fmt, "csv")) {
            try writer.print("{d},{s},{d}", .{ self.sku, self.name, self.qty });
        } else {
            try writer.print("#{d:0>5} {s} x{d}", .{ self.sku, self.name, self.qty });
        }
    }
};

const Inventory = struct {
    items: std.ArrayList(Item),

    fn init(allocator: std.mem.Allocator) Inventory {
        return .{ .items = std.ArrayList(Item).init(allocator) };
    }
    fn deinit(self: *Inventory) void {
        self.items.deinit();
    }

    pub fn format(self: Inventory, comptime fmt: []const u8, options: std.fmt.FormatOptions, writer: anytype) !void {
        _ = fmt;
        _ = options;
        try writer.writeAll("[");
        for (self.items.items, 0..) |it, i| {
            if (i > 0) try writer.writeAll("; ");
            try writer.print("{}", .{it});
        }
        try writer.writeAll("]");
    }

    fn toCsv(self: Inventory, allocator: std.mem.Allocator) ![]u8 {
        var out = std.ArrayList(u8).init(allocator);
        errdefer out.deinit();
        for (self.items.items) |it| try out.writer().print("{csv}\n", .{it});
        return out.toOwnedSlice();
    }
};

test "item formats" {
    const it = Item{ .sku = 42, .name = "bolt", .qty = 100 };
    try testing.expectFmt("#00042 bolt x100", "{}", .{it});
    try testing.expectFmt("42,bolt,100", "{csv}", .{it});
    try testing.expectFmt("item: #00042 bolt x100!", "item: {}!", .{it});
}

test "inventory nests items" {
    var inv = Inventory.init(testing.allocator);
    defer inv.deinit();
    try inv.items.append(.{ .sku = 1, .name = "nut", .qty = 5 });
    try inv.items.append(.{ .sku = 2, .name = "washer", .qty = 0 });
    try testing.expectFmt("[#00001 nut x5; #00002 washer x0]", "{}", .{inv});
    const csv = try inv.toCsv(testing.allocator);
    defer testing.allocator.free(csv);
    try testing.expectEqualStrings("1,nut,5\n2,washer,0\n", csv);
}

test "csv export forgets to free" {
    var inv = Inventory.init(testing.allocator);
    defer inv.deinit();
    try inv.items.append(.{ .sku = 7, .name = "gear", .qty = 3 });
    const csv = try inv.toCsv(testing.allocator);
    try testing.expect(std.mem.endsWith(u8, csv, "\n"));
}
