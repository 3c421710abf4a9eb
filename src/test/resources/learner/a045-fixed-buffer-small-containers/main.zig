const std = @import("std");

pub fn main() !void {
    var buffer: [64]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buffer);
    const allocator = fba.allocator();

    var ids = std.ArrayList(u16).init(allocator);
    var n: u16 = 1;
    while (true) : (n += 1) {
        ids.append(n * 3) catch |err| {
            std.debug.print("append #{d} failed: {s}\n", .{ n, @errorName(err) });
            break;
        };
    }
    std.debug.print("stored {d} ids (capacity {d}), fba used {d} of {d} bytes\n", .{ ids.items.len, ids.capacity, fba.end_index, buffer.len });
    std.debug.print("last id: {d}\n", .{ids.getLast()});

    fba.reset();
    std.debug.print("after reset used {d}\n", .{fba.end_index});

    var letters = std.AutoHashMap(u8, u8).init(allocator);
    for ("fixed") |c| {
        letters.put(c, c - 'a') catch |err| {
            std.debug.print("put '{c}': {s}\n", .{ c, @errorName(err) });
            break;
        };
    }
    std.debug.print("map holds {d}\n", .{letters.count()});

    fba.reset();
    const words = try allocator.alloc([]const u8, 3);
    words[0] = "one";
    words[1] = "two";
    words[2] = "three";
    const joined = try std.mem.join(allocator, "+", words);
    std.debug.print("{s} ({d} bytes used)\n", .{ joined, fba.end_index });
    std.debug.print("owns joined: {}\n", .{fba.ownsSlice(joined)});
}
