const std = @import("std");

const Vec = struct {
    x: f32,
    y: f32,

    fn scaled(self: Vec, k: f32) Vec {
        return .{ .x = self.x * k, .y = self.y * k };
    }

    fn scale(self: *Vec, k: f32) void {
        self.x *= k;
        self.y *= k;
    }

    fn len(self: *const Vec) f32 {
        return @sqrt(self.x * self.x + self.y * self.y);
    }
};

fn bumpArray(a: [3]i32) [3]i32 {
    var b = a;
    b[0] += 100;
    return b;
}

fn bumpSlice(s: []i32) void {
    s[0] += 100;
}

pub fn main() void {
    var v = Vec{ .x = 3, .y = 4 };
    const w = v.scaled(2);
    std.debug.print("v={d},{d} w={d},{d} len(v)={d}\n", .{ v.x, v.y, w.x, w.y, v.len() });
    v.scale(0.5);
    std.debug.print("v after scale {d},{d}\n", .{ v.x, v.y });
    var copy = v;
    copy.x = 99;
    std.debug.print("v.x={d} copy.x={d}\n", .{ v.x, copy.x });
    const ptr = &v;
    ptr.y = -1;
    std.debug.print("v.y={d}\n", .{v.y});

    var arr = [3]i32{ 1, 2, 3 };
    const arr2 = bumpArray(arr);
    std.debug.print("arr {any} arr2 {any}\n", .{ arr, arr2 });
    bumpSlice(&arr);
    std.debug.print("arr {any}\n", .{arr});
    var arr3 = arr;
    arr3[1] = 0;
    const view = arr[1..];
    view[1] = 7;
    std.debug.print("arr {any} arr3 {any} view {any}\n", .{ arr, arr3, view });
    const vs = [_]Vec{ v, w, copy };
    var total: f32 = 0;
    for (vs) |item| total += item.len();
    std.debug.print("total {d:.4}\n", .{total});
}
