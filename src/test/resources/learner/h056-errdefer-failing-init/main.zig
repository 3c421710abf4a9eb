const std = @import("std");

const Buffer = struct {
    data: []u8,
    alloc: std.mem.Allocator,

    fn init(alloc: std.mem.Allocator, n: usize) !Buffer {
        return .{ .data = try alloc.alloc(u8, n), .alloc = alloc };
    }
    fn deinit(self: Buffer) void {
        self.alloc.free(self.data);
    }
};

const Pipeline = struct {
    input: Buffer,
    scratch: Buffer,
    output: Buffer,

    fn init(alloc: std.mem.Allocator) !Pipeline {
        const input = try Buffer.init(alloc, 16);
        errdefer input.deinit();
        const scratch = try Buffer.init(alloc, 32);
        errdefer scratch.deinit();
        const output = try Buffer.init(alloc, 64);
        return .{ .input = input, .scratch = scratch, .output = output };
    }
    fn deinit(self: Pipeline) void {
        self.output.deinit();
        self.scratch.deinit();
        self.input.deinit();
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    for (0..4) |fail_at| {
        var failing = std.testing.FailingAllocator.init(gpa.allocator(), .{ .fail_index = fail_at });
        const alloc = failing.allocator();
        if (Pipeline.init(alloc)) |p| {
            std.debug.print("fail_at={d}: ok, {d} bytes\n", .{ fail_at, p.input.data.len + p.scratch.data.len + p.output.data.len });
            p.deinit();
        } else |e| {
            std.debug.print("fail_at={d}: {s}, allocs={d} frees={d}\n", .{ fail_at, @errorName(e), failing.allocations, failing.deallocations });
        }
    }
    const p = try Pipeline.init(gpa.allocator());
    p.deinit();
    p.scratch.deinit();
}
