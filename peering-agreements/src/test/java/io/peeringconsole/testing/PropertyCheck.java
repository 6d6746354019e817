package io.peeringconsole.testing;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A minimal property runner for plain JUnit 5 tests: {@link #forAll} draws {@code cases} random cases and checks
 * each one. Every case gets its own {@link SplittableRandom}, derived from the base seed, the property's name and
 * the case index alone, so a failure is reproduced by running again with the same seed.
 * <p>
 * The base seed is fixed ({@link #DEFAULT_SEED}) so that runs are repeatable; {@code -Dproperty.seed=N} explores
 * other cases. A failure reports the property, the base seed, the case index and a rendering of the case.
 */
public final class PropertyCheck {

    public static final long DEFAULT_SEED = 5344L;
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private PropertyCheck() {
    }

    /** The base seed of this run: {@code -Dproperty.seed=N} (surefire passes it through), or the fixed default. */
    public static long baseSeed() {
        String value = System.getProperty("property.seed");
        return value == null || value.isBlank() ? DEFAULT_SEED : Long.decode(value.trim());
    }

    /** A random source derived from the base seed and {@code purpose} alone, e.g. for pools built once. */
    public static SplittableRandom random(long baseSeed, String purpose) {
        return new SplittableRandom(mix(baseSeed * GOLDEN_GAMMA + purpose.hashCode()));
    }

    /**
     * Checks {@code property} on {@code cases} cases drawn by {@code generator}; counts them in {@code report}. Any
     * assertion error or exception is rethrown as an assertion error naming the seed, the case and its rendering.
     */
    public static <T> void forAll(Report report, String property, int cases, Function<SplittableRandom, T> generator,
            Function<? super T, String> render, Consumer<? super T> check) {
        long seed = report.seed();
        long propertySeed = mix(seed * GOLDEN_GAMMA + property.hashCode());
        for (int index = 0; index < cases; index++) {
            T generated = generator.apply(new SplittableRandom(mix(propertySeed + index * GOLDEN_GAMMA)));
            try {
                check.accept(generated);
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError(String.format(
                        "Property %s failed at case %,d of %,d (base seed %d; rerun with -Dproperty.seed=%d)%n%s%n"
                                + "Failure: %s", property, index, cases, seed, seed, render.apply(generated),
                        failure.getMessage()), failure);
            }
            report.cases.increment();
        }
    }

    /** Stafford's mix13, as in SplittableRandom: nearby inputs give unrelated seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The cases and time of one test class, printed once, e.g. from an {@code @AfterAll} method. */
    public static final class Report {

        private final String title;
        private final String checksLabel;
        private final long seed = baseSeed();
        private final long startedNanos = System.nanoTime();
        private final LongAdder cases = new LongAdder();
        private final LongAdder checks = new LongAdder();

        public Report(String title) {
            this(title, "checks");
        }

        /** {@code checksLabel} names the finer checks counted by {@link #check()}, e.g. "per-watcher checks". */
        public Report(String title, String checksLabel) {
            this.title = title;
            this.checksLabel = checksLabel;
        }

        public long seed() {
            return seed;
        }

        /** Counts a finer check within a case (e.g. one watcher), reported next to the cases. */
        public void check() {
            checks.increment();
        }

        public void print() {
            long millis = Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
            String finer = checks.sum() == 0 ? "" : String.format(", %,d %s", checks.sum(), checksLabel);
            System.out.printf("%s: %,d generated cases%s, base seed %d (-Dproperty.seed=N to change), %,d ms%n",
                    title, cases.sum(), finer, seed, millis);
        }
    }
}
