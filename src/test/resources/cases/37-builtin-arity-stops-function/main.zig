pub fn main() void {
    var i: i32 = 5;
    _ = &i;
    const x: u32 = @as(bool, 1) or @as(i);
    _ = x;
}
