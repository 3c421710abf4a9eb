const Point = struct { x: i32, y: i32 };
pub fn main() void {
    const ps: @Vector(2, Point) = undefined;
    _ = ps;
}
