const std = @import("std");

const Stack = struct {
    items: std.BoundedArray(u8, 4) = .{},

    fn push(self: *Stack, v: u8) !void {
        try self.items.append(v);
    }
};

pub fn main() !void {
    var b = try std.BoundedArray(i32, 8).init(3);
    std.debug.print("len={d} cap={d}\n", .{ b.len, b.capacity() });
    b.set(0, 5);
    b.slice()[1] = 6;
    b.buffer[2] = 7;
    try b.appendSlice(&.{ 8, 9 });
    try b.insert(0, -1);
    std.debug.print("{any}\n", .{b.constSlice()});
    _ = b.orderedRemove(2);
    _ = b.swapRemove(0);
    std.debug.print("{any} last={d} get={d}\n", .{ b.slice(), b.get(b.len - 1), b.get(1) });
    try b.resize(2);
    std.debug.print("resized {any} get1={d}\n", .{ b.slice(), b.get(1) });
    var s = try std.BoundedArray(u8, 16).fromSlice("hey");
    try s.writer().print("-{d}", .{42});
    std.debug.print("str={s} unused={d}\n", .{ s.slice(), s.unusedCapacitySlice().len });
    var st = Stack{};
    for ("abcde") |c| {
        st.push(c) catch |e| {
            std.debug.print("push {c}: {s}\n", .{ c, @errorName(e) });
            continue;
        };
    }
    std.debug.print("stack={s}\n", .{st.items.slice()});
    try st.push('z');
}
