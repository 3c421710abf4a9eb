const std = @import("std");

const Person = struct {
    name: []const u8,
    age: u8,
};

fn olderThan(people: []const Person, age: u8, out: []Person) usize {
    var n: usize = 0;
    for (people) |p| {
        if (p.age > age) {
            out[n] = p;
            n += 1;
        }
    }
    return n;
}

pub fn main() !void {
    var buf: [512]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const a = fba.allocator();
    var people = std.ArrayList(Person).init(a);
    try people.appendSlice(&.{ .{ .name = "Ada", .age = 36 }, .{ .name = "Linus", .age = 21 }, .{ .name = "Grace", .age = 45 } });
    const out = try a.alloc(Person, people.items.len);
    const n = olderThan(people.items, 30, out);
    for (out[0..n]) |p| std.debug.print("{s} ({d})\n", .{ p.name, p.age });
    std.debug.print("used {d} of {d}\n", .{ fba.end_index, buf.len });
    var map = std.AutoHashMap(u8, []const u8).init(a);
    for (people.items) |p| try map.put(p.age, p.name);
    std.debug.print("45 -> {s}, 99 -> {?s}, count {d}\n", .{ map.get(45).?, map.get(99), map.count() });
    _ = map.remove(21);
    std.debug.print("contains 21: {}\n", .{map.contains(21)});
    const big = a.alloc(u8, 1000);
    std.debug.print("{any}\n", .{big});
    people.deinit();
    fba.reset();
    std.debug.print("after reset {d}\n", .{fba.end_index});
}
