package io.shopml.serving.registry;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which of a model's versions on disk the server loads, as in TF Serving and Triton: the latest N
 * (default 1), specific versions, or all. Versions that a label names are loaded as well, so a
 * label always points at a loaded version. A new version on disk is served only when the policy
 * selects it.
 *
 * <pre>{@code
 * VersionPolicy.latest(2).select(List.of(1, 2, 3));     // [2, 3]
 * VersionPolicy.specific(Set.of(1)).select(List.of(1, 2, 3));  // [1]
 * }</pre>
 */
public sealed interface VersionPolicy {

    /** The versions to load out of those on disk (ascending). */
    Set<Integer> select(List<Integer> onDisk);

    /** The newest {@code count} versions. */
    static VersionPolicy latest(int count) {
        return new Latest(count);
    }

    /** Exactly these versions, as far as they exist. */
    static VersionPolicy specific(Set<Integer> versions) {
        return new Specific(versions);
    }

    /** Every version on disk. */
    static VersionPolicy all() {
        return new All();
    }

    /** The newest {@code count} versions. */
    record Latest(int count) implements VersionPolicy {
        public Latest {
            if (count < 1) {
                throw new IllegalArgumentException("version policy latest: count must be at least 1, got " + count);
            }
        }

        @Override
        public Set<Integer> select(List<Integer> onDisk) {
            return new TreeSet<>(onDisk.subList(Math.max(0, onDisk.size() - count), onDisk.size()));
        }
    }

    /** Exactly these versions, as far as they exist. */
    record Specific(Set<Integer> versions) implements VersionPolicy {
        public Specific {
            if (versions.isEmpty()) {
                throw new IllegalArgumentException("version policy specific: name at least one version");
            }
            versions = Set.copyOf(versions);
        }

        @Override
        public Set<Integer> select(List<Integer> onDisk) {
            Set<Integer> selected = new TreeSet<>(onDisk);
            selected.retainAll(versions);
            return selected;
        }
    }

    /** Every version on disk. */
    record All() implements VersionPolicy {
        @Override
        public Set<Integer> select(List<Integer> onDisk) {
            return new TreeSet<>(onDisk);
        }
    }
}
