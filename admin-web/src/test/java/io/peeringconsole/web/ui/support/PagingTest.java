package io.peeringconsole.web.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingTest {

    private final List<Integer> rows = IntStream.range(0, 1200).boxed().toList();
    private final List<String> calls = new ArrayList<>();

    private List<Integer> service(int offset, int limit) {
        calls.add(offset + "+" + limit);
        return rows.subList(Math.min(offset, rows.size()), Math.min(offset + limit, rows.size()));
    }

    @Test
    void asksInChunksTheServiceAccepts() {
        List<Integer> fetched = Paging.fetch(100, 1000, 500, this::service);

        assertEquals(rows.subList(100, 1100), fetched);
        assertEquals(List.of("100+500", "600+500"), calls);
    }

    @Test
    void stopsWhenTheServiceRunsOut() {
        List<Integer> fetched = Paging.fetch(900, 500, 200, this::service);

        assertEquals(rows.subList(900, 1200), fetched);
        assertEquals(List.of("900+200", "1100+200"), calls);
    }

    @Test
    void oneCallWhenTheRequestFits() {
        Paging.fetch(0, 50, 500, this::service);

        assertEquals(List.of("0+50"), calls);
    }
}
