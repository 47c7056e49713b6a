package org.careerbench.template;

/**
 * A block whose figures come from the salaries its own {@code filter:} selects within the report's
 * population: a benchmark, ranges, survey, geographic or checks table, a benchmark, ranges or pay
 * mix chart. A report split by {@code burst-by} asks it whether its rows belong to the group at all.
 */
public interface Filtered {
    /** The block's own filter; empty when it has none. */
    FilterSpec filter();
}
