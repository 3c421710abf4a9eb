pub fn main() void {
    const x: *u8 = @ptrFromInt(0);
    _ = x;
}
