const std = @import("std");

const Writer = struct {
    ptr: *anyopaque,
    writeFn: *const fn (ptr: *anyopaque, bytes: []const u8) usize,
    nameFn: *const fn (ptr: *anyopaque) []const u8,

    fn write(self: Writer, bytes: []const u8) usize {
        return self.writeFn(self.ptr, bytes);
    }
    fn name(self: Writer) []const u8 {
        return self.nameFn(self.ptr);
    }
};

const Counter = struct {
    total: usize = 0,
    fn writeImpl(ptr: *anyopaque, bytes: []const u8) usize {
        const self: *Counter = @ptrCast(@alignCast(ptr));
        self.total += bytes.len;
        return bytes.len;
    }
    fn nameImpl(_: *anyopaque) []const u8 {
        return "counter";
    }
    fn writer(self: *Counter) Writer {
        return .{ .ptr = self, .writeFn = writeImpl, .nameFn = nameImpl };
    }
};

const Upper = struct {
    buf: [64]u8 = undefined,
    len: usize = 0,
    fn writeImpl(ptr: *anyopaque, bytes: []const u8) usize {
        const self: *Upper = @ptrCast(@alignCast(ptr));
        for (bytes) |b| {
            self.buf[self.len] = std.ascii.toUpper(b);
            self.len += 1;
        }
        return bytes.len;
    }
    fn nameImpl(_: *anyopaque) []const u8 {
        return "upper";
    }
    fn writer(self: *Upper) Writer {
        return .{ .ptr = self, .writeFn = writeImpl, .nameFn = nameImpl };
    }
};

pub fn main() void {
    var c = Counter{};
    var u = Upper{};
    const sinks = [_]Writer{ c.writer(), u.writer() };
    const words = [_][]const u8{ "hello ", "vtable ", "world" };
    for (words) |w| {
        for (sinks) |s| _ = s.write(w);
    }
    for (sinks) |s| std.debug.print("sink {s}\n", .{s.name()});
    std.debug.print("counted {d}, upper \"{s}\"\n", .{ c.total, u.buf[0..u.len] });
    const long = "this line is long enough to overflow the sixty-four byte buffer!";
    _ = sinks[1].write(long);
    std.debug.print("unreached {d}\n", .{u.len});
}
