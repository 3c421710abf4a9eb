pub fn main() void {
    var i: u8 = 5;
    _ = &i;
    const x: u32 = @truncate(i);
    _ = x;
}
