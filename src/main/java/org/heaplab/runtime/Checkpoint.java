package org.heaplab.runtime;

import org.heaplab.alloc.BlockHistory;
import org.heaplab.memory.AddressSpace;

/**
 * A machine's whole state at one statement boundary: memory (pages shared copy-on-write with
 * the live machine), the interpreter's frames, the allocator chain and block history, output
 * and report counts, the test runner's place. {@link Machine#restore} puts a machine back
 * there; because a run is deterministic, running on from a checkpoint repeats the original run
 * step for step. Immutable once taken; one checkpoint can be restored any number of times.
 */
public final class Checkpoint {
    final AddressSpace.State memory;
    final VmState vm;
    final AllocatorChain.State chain;
    final BlockHistory blocks;
    final PendingTexts texts;
    final long outputBytes;
    final int errorsLogged;
    final int reports;
    final long randomDraws;
    final Runner.TestProgress tests;
    /** The statement counts, when the run keeps them (else null). */
    final HitCounts hits;
    private final long bytes;

    Checkpoint(Machine m) {
        this.memory = m.mem.save();
        this.vm = m.vm.save();
        this.chain = m.chain.save();
        this.blocks = m.blocks().copy();
        this.texts = m.texts.copy();
        this.outputBytes = m.outputBytes();
        this.errorsLogged = m.errorsLogged;
        this.reports = m.reports().size();
        this.randomDraws = m.randomDraws;
        this.tests = m.tests.copy();
        this.hits = m.vm.hits() == null ? null : m.vm.hits().copy();
        this.bytes = 128 + memory.overheadBytes() + vm.bytes() + chain.bytes() + blocks.bytes() + (hits == null ? 0 : hits.bytes());
    }

    /** The statements run when it was taken. */
    public long step() { return vm.steps(); }

    /** Bytes of program output (stdout and stderr) written before it was taken. */
    public long outputBytes() { return outputBytes; }

    /** Roughly what it holds of its own, pages written later aside (see {@link AddressSpace#copiedBytes()}). */
    public long bytes() { return bytes; }
}
