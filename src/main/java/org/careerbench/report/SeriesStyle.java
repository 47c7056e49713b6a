package org.careerbench.report;

/** How one chart series is drawn, so that different kinds of value look different. */
public enum SeriesStyle {
    /** Solid line or filled bar: the ordinary case. */
    SOLID,
    /** Dashed line: derived or projected values. */
    DASHED,
    /** Markers only, no line: individual stated points. */
    MARKERS
}
