package io.shopml.training.recommend;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplayBufferTest {

    @TempDir
    Path dir;

    /** Transition {@code t}: state {t, t}, action t, reward t / 10, next state {t + 1, t + 1}, done when t is odd. */
    private static void add(ReplayBuffer buffer, int t) {
        buffer.add(new int[] {t, t}, t, t / 10f, new int[] {t + 1, t + 1}, t % 2 == 1);
    }

    @Test
    void fullBuffer_overwritesTheOldestTransitions() {
        ReplayBuffer buffer = new ReplayBuffer(3, 2);
        for (int t = 0; t < 5; t++) {
            add(buffer, t);
        }
        assertEquals(3, buffer.size());
        Set<Integer> actions = new HashSet<>();
        for (int slot = 0; slot < 3; slot++) {
            int t = buffer.action(slot);
            actions.add(t);
            assertArrayEquals(new int[] {t, t}, buffer.state(slot));
            assertArrayEquals(new int[] {t + 1, t + 1}, buffer.nextState(slot));
            assertEquals(t / 10f, buffer.reward(slot));
            assertEquals(t % 2 == 1, buffer.done(slot));
        }
        assertEquals(Set.of(2, 3, 4), actions, "transitions 0 and 1 were overwritten");
    }

    @Test
    void sample_drawsOnlyFilledSlots_andEveryOneOfThem() {
        ReplayBuffer buffer = new ReplayBuffer(100, 2);
        for (int t = 0; t < 4; t++) {
            add(buffer, t);
        }
        int[] slots = buffer.sample(400, new Random(1));
        Set<Integer> drawn = new HashSet<>();
        for (int slot : slots) {
            assertTrue(slot >= 0 && slot < 4, "slot " + slot + " is filled");
            drawn.add(slot);
        }
        assertEquals(Set.of(0, 1, 2, 3), drawn, "uniform sampling reaches every stored transition");
        assertArrayEquals(slots, buffer.sample(400, new Random(1)), "same seed, same batch");
    }

    @Test
    void writeThenRead_restoresTheSameMemory_andRejectsAnotherShape() {
        ReplayBuffer buffer = new ReplayBuffer(3, 2);
        for (int t = 0; t < 4; t++) {
            add(buffer, t);
        }
        Path file = dir.resolve("replay.bin");
        buffer.write(file);
        ReplayBuffer restored = new ReplayBuffer(3, 2);
        restored.read(file);
        assertEquals(buffer.size(), restored.size());
        for (int slot = 0; slot < 3; slot++) {
            assertEquals(buffer.action(slot), restored.action(slot));
            assertArrayEquals(buffer.state(slot), restored.state(slot));
            assertArrayEquals(buffer.nextState(slot), restored.nextState(slot));
            assertEquals(buffer.reward(slot), restored.reward(slot));
            assertEquals(buffer.done(slot), restored.done(slot));
        }
        add(restored, 9);
        assertEquals(9, restored.action(1), "writing continues where the saved buffer stopped");

        assertThrows(IllegalStateException.class, () -> new ReplayBuffer(4, 2).read(file));
    }
}
