//! An IntList (the tutorials' growable list) grown to 10,000,000 items by doubling,
//! freeing each old buffer after copying it into the new one.
const std = @import("std");
const Allocator = std.mem.Allocator;

const IntList = struct {
    pos: usize,
    items: []i64,
    allocator: Allocator,

    fn init(allocator: Allocator) !IntList {
        return .{ .pos = 0, .allocator = allocator, .items = try allocator.alloc(i64, 4) };
    }

    fn deinit(self: IntList) void {
        self.allocator.free(self.items);
    }

    fn add(self: *IntList, value: i64) !void {
        const pos = self.pos;
        const len = self.items.len;
        if (pos == len) {
            const larger = try self.allocator.alloc(i64, len * 2);
            @memcpy(larger[0..len], self.items);
            self.allocator.free(self.items);
            self.items = larger;
        }
        self.items[pos] = value;
        self.pos = pos + 1;
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var list = try IntList.init(gpa.allocator());
    defer list.deinit();
    var i: i64 = 0;
    while (i < 10_000_000) : (i += 1) try list.add(i);
    std.debug.print("{d} {d}\n", .{ list.pos, list.items[list.pos - 1] });
}
