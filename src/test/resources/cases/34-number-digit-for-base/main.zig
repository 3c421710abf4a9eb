pub fn main() void {
    _ = 0b102;
}
