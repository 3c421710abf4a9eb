pub fn main() void {
    var x: f32 = 1;
    x +%= 1;
}
