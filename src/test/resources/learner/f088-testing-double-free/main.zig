const std = @import("std");

const Buffer = struct {
    data: []u8,
    alloc: std.mem.Allocator,

    fn init(alloc: std.mem.Allocator, n: usize) !Buffer {
        const d = try alloc.alloc(u8, n);
        @memset(d, '.');
        return .{ .data = d, .alloc = alloc };
    }

    fn deinit(self: Buffer) void {
        self.alloc.free(self.data);
    }
};

test "copying a buffer struct" {
    const a = Buffer.init(std.testing.allocator, 4) catch unreachable;
    defer a.deinit();
    var b = a;
    b.data[0] = '#';
    try std.testing.expectEqualStrings("#...", a.data);
    b.deinit();
}
