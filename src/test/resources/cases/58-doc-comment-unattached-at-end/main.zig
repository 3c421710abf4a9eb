pub fn main() void {}
/// trailing doc
