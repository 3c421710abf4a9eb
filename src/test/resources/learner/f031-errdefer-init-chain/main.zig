const std = @import("std");

const Server = struct {
    name: []u8,
    buffer: []u8,
    clients: std.ArrayList(u32),
    alloc: std.mem.Allocator,

    fn init(alloc: std.mem.Allocator, name: []const u8, size: usize) !Server {
        const n = try alloc.dupe(u8, name);
        errdefer alloc.free(n);
        const buf = try alloc.alloc(u8, size);
        errdefer alloc.free(buf);
        var clients = std.ArrayList(u32).init(alloc);
        errdefer clients.deinit();
        try clients.ensureTotalCapacity(4);
        return .{ .name = n, .buffer = buf, .clients = clients, .alloc = alloc };
    }

    fn deinit(self: *Server) void {
        self.clients.deinit();
        self.alloc.free(self.buffer);
        self.alloc.free(self.name);
    }
};

test "init succeeds" {
    var s = try Server.init(std.testing.allocator, "alpha", 64);
    defer s.deinit();
    try std.testing.expectEqualStrings("alpha", s.name);
    try std.testing.expect(s.clients.capacity >= 4);
}

test "every allocation failure is cleaned up" {
    var i: usize = 0;
    while (i < 4) : (i += 1) {
        var failing = std.testing.FailingAllocator.init(std.testing.allocator, .{ .fail_index = i });
        const result = Server.init(failing.allocator(), "beta", 16);
        if (result) |srv| {
            var s = srv;
            s.deinit();
            std.debug.print("fail_index {d}: ok\n", .{i});
        } else |err| {
            std.debug.print("fail_index {d}: {s} after {d} allocs\n", .{ i, @errorName(err), failing.allocations });
        }
    }
}

test "forgot deinit" {
    const s = try Server.init(std.testing.allocator, "gamma", 8);
    try std.testing.expectEqual(@as(usize, 8), s.buffer.len);
}
