package org.careerbench.batch;

/**
 * One of {@code count} deterministic slices of a run's reports: report i (in the run's report
 * order, which follows template file names and burst values) belongs to shard (i mod count) + 1.
 * The union of the shards' deliverables is the unsharded run's.
 *
 * @param index 1-based shard number
 * @param count number of shards
 */
public record Shard(int index, int count) {
    /** The whole run. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + ": expected 1 <= k <= n");
        }
    }

    /** Parses "k/n", e.g. "2/3". */
    public static Shard parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("shard '" + text + "', expected k/n such as 2/3");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("shard '" + text + "', expected k/n such as 2/3", e);
        }
    }

    /** Whether report number {@code i} (0-based, in run order) belongs to this shard. */
    public boolean includes(int i) {
        return i % count == index - 1;
    }

    /** True for the whole run. */
    public boolean whole() {
        return count == 1;
    }
}
