pub fn main() void {
    var x: f32 = 1;
    _ = &x;
    _ = x & 1;
}
