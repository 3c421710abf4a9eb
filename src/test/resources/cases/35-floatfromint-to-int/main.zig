pub fn main() void {
    var i: i32 = 5;
    _ = &i;
    const x: u32 = @floatFromInt(i);
    _ = x;
}
