pub fn main() void {
    var x: f32 = 1;
    x <<= 2;
    var y: f32 = 1;
    _ = &y;
    _ = y << 2;
}
