const std = @import("std");

fn checksum(allocator: std.mem.Allocator, input: []const u8) !u32 {
    const buf = try allocator.alloc(u8, 1024);
    if (input.len > buf.len) {
        return error.TooLong; // leaves without freeing buf
    }
    @memcpy(buf[0..input.len], input);
    var sum: u32 = 0;
    for (buf[0..input.len]) |c| sum += c;
    allocator.free(buf);
    return sum;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    std.debug.print("short: {d}\n", .{try checksum(allocator, "heap")});
    const long = [_]u8{'x'} ** 2000;
    const result = checksum(allocator, &long) catch |err| blk: {
        std.debug.print("long: {s}\n", .{@errorName(err)});
        break :blk 0;
    };
    _ = result;
}
