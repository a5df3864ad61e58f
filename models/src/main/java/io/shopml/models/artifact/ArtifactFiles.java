package io.shopml.models.artifact;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** File-tree chores shared by drafts and verification: listing, durable writes, deletion. */
final class ArtifactFiles {

    private static final Logger LOG = LoggerFactory.getLogger(ArtifactFiles.class);

    private ArtifactFiles() {
    }

    /**
     * Every entry under {@code dir} that is not a directory (regular files, but also links and
     * special files, for the caller to judge), keyed by its '/'-separated path relative to {@code dir}.
     * Symbolic links are listed, not followed.
     */
    static SortedMap<String, Path> entries(Path dir) throws IOException {
        SortedMap<String, Path> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    entries.put(relativeName(dir, path), path);
                }
            }
        }
        return entries;
    }

    /** The '/'-separated path of {@code path} relative to {@code dir}, whatever the platform's separator. */
    static String relativeName(Path dir, Path path) {
        List<String> names = new ArrayList<>();
        for (Path name : dir.relativize(path)) {
            names.add(name.toString());
        }
        return String.join("/", names);
    }

    /** Flushes a file's content to the storage device. */
    static void fsync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Flushes a directory's entries, so that files created in it survive a crash. Linux supports this;
     * other platforms refuse to open a directory, and there it is skipped.
     */
    static void fsyncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException unsupported) {
            LOG.debug("directory {} cannot be fsynced on this platform: {}", dir, unsupported.toString());
        }
    }

    /** Deletes {@code dir} and everything under it; links are deleted, not followed. */
    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            PathUtils.deleteDirectory(dir);
        }
    }
}
