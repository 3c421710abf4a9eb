/// Ends the program at once with this exit status; pending defers do not run.
pub extern fn exit(status: u8) noreturn;
