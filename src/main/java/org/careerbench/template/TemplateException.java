package org.careerbench.template;

import java.nio.file.Path;

/** A template or theme that cannot be used, with the file and line at fault. */
public final class TemplateException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param file    template or theme file
     * @param line    1-based line, or 0 when the problem is the whole file
     * @param problem what is wrong and what was expected
     */
    public TemplateException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }

    /** Several problems of one template, one per line of the message, in template order. */
    public TemplateException(java.util.List<TemplateException> problems) {
        super(String.join(System.lineSeparator(), problems.stream().map(Throwable::getMessage).toList()));
    }
}
