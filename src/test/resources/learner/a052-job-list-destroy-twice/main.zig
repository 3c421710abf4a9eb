const std = @import("std");

const Job = struct {
    id: u32,
    next: ?*Job = null,
};

const JobList = struct {
    head: ?*Job = null,
    allocator: std.mem.Allocator,

    fn add(self: *JobList, id: u32) !void {
        const job = try self.allocator.create(Job);
        job.* = .{ .id = id, .next = self.head };
        self.head = job;
    }

    /// Unlinks the job and frees it.
    fn finish(self: *JobList, job: *Job) void {
        var link = &self.head;
        while (link.*) |j| : (link = &j.next) {
            if (j == job) {
                link.* = j.next;
                break;
            }
        }
        self.allocator.destroy(job);
    }

    fn deinit(self: *JobList) void {
        while (self.head) |j| {
            self.head = j.next;
            self.allocator.destroy(j);
        }
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("gpa: {s}\n", .{@tagName(gpa.deinit())});
    const allocator = gpa.allocator();

    var jobs = JobList{ .allocator = allocator };
    defer jobs.deinit();
    for ([_]u32{ 10, 20, 30 }) |id| try jobs.add(id);

    {
        const job = jobs.head.?.next.?;
        // The caller also frees the job it finished: that is the second destroy.
        defer allocator.destroy(job);
        std.debug.print("finishing job {d}\n", .{job.id});
        jobs.finish(job);
    }

    var it = jobs.head;
    while (it) |j| : (it = j.next) std.debug.print("still queued: {d}\n", .{j.id});
}
