package io.peeringconsole.web.ui.publicgroup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.peeringconsole.agreement.application.PublicGroupView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A page of public groups looks its peers' names up once for all rows, and shows the first three of each. */
class ExposureNamesTest {

    private static PublicGroupView group(long id, Long... peers) {
        return new PublicGroupView(id, "example.com", "sip:list-" + id + "@example.com", 10, Set.of(peers), 0,
                Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void onePageCostsOneLookupOfTheNamesItShows() {
        List<Collection<Long>> lookups = new ArrayList<>();
        List<PublicGroupView> page = List.of(group(1, 30L, 10L, 20L, 40L, 50L), group(2, 10L), group(3));
        ExposureNames names = ExposureNames.of(page, ids -> {
            lookups.add(Set.copyOf(ids));
            return Map.of(10L, "Alpha", 20L, "Beta", 30L, "Gamma");
        });
        assertEquals(List.of(Set.of(10L, 20L, 30L)), lookups, "only the three shown of group 1 and group 2's one");
        assertEquals("Alpha, Beta, Gamma and 2 more", names.describe(page.get(0)));
        assertEquals("Alpha", names.describe(page.get(1)));
        assertEquals("Nobody (private)", names.describe(page.get(2)));
    }

    @Test
    void aPeerDeletedMeanwhileIsShownByItsId() {
        PublicGroupView group = group(1, 7L, 8L);
        assertEquals("#7, Eighth", ExposureNames.of(List.of(group), ids -> Map.of(8L, "Eighth")).describe(group));
    }

    @Test
    void aPageWithoutExposureLooksNothingUp() {
        List<Collection<Long>> lookups = new ArrayList<>();
        ExposureNames.of(List.of(group(1)), ids -> {
            lookups.add(ids);
            return Map.of();
        });
        assertEquals(List.of(), lookups);
    }
}
