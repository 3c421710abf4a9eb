const std = @import("std");

const Coord = struct { row: u32, col: u32 };

const Sparse = struct {
    rows: u32,
    cols: u32,
    cells: std.AutoHashMap(Coord, i32),

    fn init(allocator: std.mem.Allocator, rows: u32, cols: u32) Sparse {
        return .{ .rows = rows, .cols = cols, .cells = std.AutoHashMap(Coord, i32).init(allocator) };
    }

    fn deinit(self: *Sparse) void {
        self.cells.deinit();
    }

    fn set(self: *Sparse, row: u32, col: u32, value: i32) !void {
        std.debug.assert(row < self.rows and col < self.cols);
        if (value == 0) {
            _ = self.cells.remove(.{ .row = row, .col = col });
        } else {
            try self.cells.put(.{ .row = row, .col = col }, value);
        }
    }

    fn get(self: Sparse, row: u32, col: u32) i32 {
        return self.cells.get(.{ .row = row, .col = col }) orelse 0;
    }

    fn mulVec(self: Sparse, allocator: std.mem.Allocator, v: []const i32) ![]i32 {
        const out = try allocator.alloc(i32, self.rows);
        @memset(out, 0);
        var it = self.cells.iterator();
        while (it.next()) |e| out[e.key_ptr.row] += e.value_ptr.* * v[e.key_ptr.col];
        return out;
    }

    fn transpose(self: Sparse, allocator: std.mem.Allocator) !Sparse {
        var t = Sparse.init(allocator, self.cols, self.rows);
        errdefer t.deinit();
        var it = self.cells.iterator();
        while (it.next()) |e| try t.set(e.key_ptr.col, e.key_ptr.row, e.value_ptr.*);
        return t;
    }

    fn print(self: Sparse) void {
        for (0..self.rows) |r| {
            for (0..self.cols) |c| std.debug.print("{d:>4}", .{self.get(@intCast(r), @intCast(c))});
            std.debug.print("\n", .{});
        }
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var m = Sparse.init(allocator, 4, 5);
    defer m.deinit();
    try m.set(0, 0, 3);
    try m.set(1, 3, -2);
    try m.set(3, 4, 7);
    try m.set(2, 1, 5);
    try m.set(0, 4, 1);
    try m.set(2, 1, 0);
    m.print();
    std.debug.print("stored {d} of {d} cells\n", .{ m.cells.count(), m.rows * m.cols });

    const product = try m.mulVec(allocator, &.{ 1, 2, 3, 4, 5 });
    defer allocator.free(product);
    std.debug.print("m * v = {any}\n", .{product});

    var t = try m.transpose(allocator);
    defer t.deinit();
    std.debug.print("transpose is {d}x{d}:\n", .{ t.rows, t.cols });
    t.print();
}
