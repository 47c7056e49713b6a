package org.careerbench.handwritten;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder a run may read its hand-written files from (the templates folder, the input folder),
 * judged by real paths: a name that climbs out ({@code ../x}), an absolute name ({@code /etc/passwd})
 * and a link inside the folder that leads out of it ({@code input/etcdir -> /etc}) all lead outside.
 * A file outside is refused before it is read, so its content can never be quoted back.
 */
public final class Fence {
    private final Path folder;

    /** @param folder the folder whose files may be read; need not exist */
    public Fence(Path folder) {
        this.folder = folder;
    }

    /**
     * Whether {@code file} — resolved through every link, or, when it does not exist, through the
     * links of its nearest existing parent — lies inside the folder.
     */
    public boolean contains(Path file) {
        try {
            Path root = real(folder.toAbsolutePath().normalize());
            return real(file.toAbsolutePath().normalize()).startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    /** The fence of the folder {@code file} is named in: a file may name files beside it, never elsewhere. */
    public static Fence around(Path file) {
        return new Fence(file.toAbsolutePath().getParent());
    }

    /** The folder, as given. */
    public Path folder() {
        return folder;
    }

    /** The real path of {@code p}, or of its nearest existing parent with the rest appended. */
    private static Path real(Path p) throws IOException {
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return p;
        }
        return existing.toRealPath().resolve(existing.relativize(p));
    }
}
