pub fn main() void {
    var a: @Vector(3, i32) = .{ 1, 2, 3 };
    var b: @Vector(3, f32) = .{ 1, 2, 3 };
    _ = .{ &a, &b };
    _ = a + b;
}
