package io.peeringconsole.web.ui.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Serves a grid's request for rows from services that cap how many rows one call may return: a grid may ask for
 * more at once than a service gives, and must then get them all, or it takes the shortfall for the end.
 */
public final class Paging {

    /** Fetches {@code limit} rows from {@code offset}. */
    @FunctionalInterface
    public interface Fetch<T> {
        List<T> rows(int offset, int limit);
    }

    private Paging() {
    }

    public static <T> List<T> fetch(int offset, int limit, int maxPerCall, Fetch<T> fetch) {
        List<T> rows = new ArrayList<>(Math.min(limit, maxPerCall));
        int next = offset;
        int remaining = limit;
        while (remaining > 0) {
            int asked = Math.min(remaining, maxPerCall);
            List<T> chunk = fetch.rows(next, asked);
            rows.addAll(chunk);
            if (chunk.size() < asked) {
                break;
            }
            next += asked;
            remaining -= asked;
        }
        return rows;
    }
}
