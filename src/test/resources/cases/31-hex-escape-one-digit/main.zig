pub fn main() void {
    _ = "\x4";
}
