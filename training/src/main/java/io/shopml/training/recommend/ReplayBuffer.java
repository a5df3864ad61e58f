package io.shopml.training.recommend;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Experience replay: a ring of the last {@code capacity} transitions (state, action, reward, next
 * state, done), sampled uniformly so that consecutive, correlated steps of one session do not
 * make up a whole gradient batch. Saved with checkpoints so a resumed run continues with the same
 * memory.
 */
final class ReplayBuffer {

    private final int capacity;
    private final int stateLength;
    private final int[] states;
    private final int[] nextStates;
    private final int[] actions;
    private final float[] rewards;
    private final boolean[] done;
    private int size;
    private int next;

    ReplayBuffer(int capacity, int stateLength) {
        this.capacity = capacity;
        this.stateLength = stateLength;
        this.states = new int[capacity * stateLength];
        this.nextStates = new int[capacity * stateLength];
        this.actions = new int[capacity];
        this.rewards = new float[capacity];
        this.done = new boolean[capacity];
    }

    void add(int[] state, int action, float reward, int[] nextState, boolean terminal) {
        System.arraycopy(state, 0, states, next * stateLength, stateLength);
        System.arraycopy(nextState, 0, nextStates, next * stateLength, stateLength);
        actions[next] = action;
        rewards[next] = reward;
        done[next] = terminal;
        next = (next + 1) % capacity;
        size = Math.min(size + 1, capacity);
    }

    int size() {
        return size;
    }

    /** Slots of {@code count} transitions drawn uniformly with replacement. */
    int[] sample(int count, Random random) {
        int[] slots = new int[count];
        for (int i = 0; i < count; i++) {
            slots[i] = random.nextInt(size);
        }
        return slots;
    }

    int[] state(int slot) {
        return java.util.Arrays.copyOfRange(states, slot * stateLength, (slot + 1) * stateLength);
    }

    int[] nextState(int slot) {
        return java.util.Arrays.copyOfRange(nextStates, slot * stateLength, (slot + 1) * stateLength);
    }

    int action(int slot) {
        return actions[slot];
    }

    float reward(int slot) {
        return rewards[slot];
    }

    boolean done(int slot) {
        return done[slot];
    }

    void write(Path file) {
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(capacity);
            out.writeInt(stateLength);
            out.writeInt(size);
            out.writeInt(next);
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < stateLength; j++) {
                    out.writeInt(states[i * stateLength + j]);
                    out.writeInt(nextStates[i * stateLength + j]);
                }
                out.writeInt(actions[i]);
                out.writeFloat(rewards[i]);
                out.writeBoolean(done[i]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the replay buffer to " + file, e);
        }
    }

    void read(Path file) {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != capacity || in.readInt() != stateLength) {
                throw new IllegalStateException("replay buffer " + file + " was written with another capacity or "
                        + "history length");
            }
            size = in.readInt();
            next = in.readInt();
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < stateLength; j++) {
                    states[i * stateLength + j] = in.readInt();
                    nextStates[i * stateLength + j] = in.readInt();
                }
                actions[i] = in.readInt();
                rewards[i] = in.readFloat();
                done[i] = in.readBoolean();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the replay buffer from " + file, e);
        }
    }
}
