package org.careerbench.cli;

import java.lang.reflect.Constructor;
import java.time.Clock;
import picocli.CommandLine;

/**
 * Makes the commands, handing the one {@link Clock} of this process to those that tell time, so
 * that every "now" of a run comes from one place and a test can fix it.
 */
final class CommandFactory implements CommandLine.IFactory {
    private final Clock clock;

    CommandFactory(Clock clock) {
        this.clock = clock;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<K> withClock;
        try {
            withClock = type.getDeclaredConstructor(Clock.class);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(type);
        }
        withClock.setAccessible(true);
        return withClock.newInstance(clock);
    }
}
