package org.careerbench;

import org.careerbench.render.LibrarySettings;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Applies the libraries' process-wide settings when the test JVM starts, as {@code Main} does for a run. */
public final class StartUp implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        LibrarySettings.apply();
    }
}
