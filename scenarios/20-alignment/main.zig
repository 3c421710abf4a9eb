const std = @import("std");

const Record = extern struct {
    flag: u8,
    value: u64,
    kind: u8,
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    std.debug.print("Record: size {d}, align {d}\n", .{ @sizeOf(Record), @alignOf(Record) });
    std.debug.print("value at offset {d}\n", .{@offsetOf(Record, "value")});

    const records = try allocator.alloc(Record, 4);
    defer allocator.free(records);
    for (records, 0..) |*r, i| r.* = .{ .flag = 1, .value = i, .kind = 2 };
    std.debug.print("4 records: {d} bytes\n", .{records.len * @sizeOf(Record)});
}
