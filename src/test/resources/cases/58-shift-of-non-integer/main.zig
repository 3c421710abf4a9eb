// Shifts of what is not an integer: a float and a bool shifted in place, a struct shifted.
const Point = struct { x: u8 };
fn halve(v: f32) f32 {
    var x = v;
    x >>= 1;
    return x;
}
fn flip(b: bool) bool {
    var x = b;
    x <<= 1;
    return x;
}
fn moved(p: Point) Point {
    return p << 1;
}
pub fn main() void {
    _ = halve(3.0);
    _ = flip(true);
    _ = moved(.{ .x = 1 });
}
