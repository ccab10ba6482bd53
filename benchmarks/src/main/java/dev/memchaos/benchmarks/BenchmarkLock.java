package dev.memchaos.benchmarks;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** One benchmark at a time in a work folder: two at once would measure each other, and share vegeta's files. */
final class BenchmarkLock implements AutoCloseable {

    private final FileChannel file;
    private final FileLock lock;

    private BenchmarkLock(FileChannel file, FileLock lock) {
        this.file = file;
        this.lock = lock;
    }

    /** The lock on {@code work}; when another benchmark holds it, a sentence and exit status 2. */
    static BenchmarkLock take(Path work) throws IOException {
        FileChannel file = FileChannel.open(work.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = file.tryLock();
        if (lock == null) {
            System.err.println("benchmark: another benchmark is running in " + work + "; wait for it to end, as the two"
                    + " would slow each other down and share files");
            System.exit(2);
        }
        return new BenchmarkLock(file, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        file.close();
    }
}
