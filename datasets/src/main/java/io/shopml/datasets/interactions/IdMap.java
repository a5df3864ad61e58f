package io.shopml.datasets.interactions;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Original ids to dense indices {@code 0..size-1} and back. A model stores it: indices are what
 * the network sees, original ids are what callers send and receive.
 */
public final class IdMap {

    private final long[] ids;
    private final Map<Long, Integer> indices;

    /** The map whose index {@code i} is {@code ids[i]}; ids must be distinct. */
    public IdMap(long[] ids) {
        this.ids = ids.clone();
        this.indices = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            if (indices.put(ids[i], i) != null) {
                throw new IllegalArgumentException("id " + ids[i] + " appears twice in the id map");
            }
        }
    }

    public int size() {
        return ids.length;
    }

    /** The dense index of an original id, empty when the id is unknown. */
    public OptionalInt index(long id) {
        Integer index = indices.get(id);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** The original id of a dense index. */
    public long id(int index) {
        return ids[index];
    }

    /** All original ids in index order. */
    public long[] ids() {
        return ids.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdMap other && Arrays.equals(ids, other.ids);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids);
    }
}
