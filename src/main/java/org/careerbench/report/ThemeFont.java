package org.careerbench.report;

/**
 * A TrueType font a theme uses, already read so renderers can embed it.
 *
 * @param name display name, e.g. "DejaVuSans-Bold"
 * @param ttf  the font file's bytes; callers must not modify them
 */
public record ThemeFont(String name, byte[] ttf) {
}
