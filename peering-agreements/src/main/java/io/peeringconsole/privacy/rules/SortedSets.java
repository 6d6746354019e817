package io.peeringconsole.privacy.rules;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/** Unmodifiable sorted copies, so that equal rule sets compare, print and serialise identically. */
final class SortedSets {

    private SortedSets() {
    }

    static <T extends Comparable<T>> SortedSet<T> copyOf(Collection<T> items) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(items));
    }

    static SortedSet<String> copyOf(Collection<String> items, UnaryOperator<String> normalizer) {
        TreeSet<String> copy = new TreeSet<>();
        items.forEach(item -> copy.add(normalizer.apply(item)));
        return Collections.unmodifiableSortedSet(copy);
    }

    static Set<String> plus(Set<String> items, String more) {
        TreeSet<String> copy = new TreeSet<>(items);
        copy.add(more);
        return copy;
    }

    static <T extends Comparable<T>> Set<T> union(Set<T> a, Set<T> b) {
        if (b.isEmpty() || a.containsAll(b)) {
            return a;
        }
        TreeSet<T> both = new TreeSet<>(a);
        both.addAll(b);
        return Collections.unmodifiableSortedSet(both);
    }
}
