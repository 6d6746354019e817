package io.peeringconsole.registry.application;

import io.peeringconsole.registry.domain.PeerKind;
import io.peeringconsole.rules.application.LikePattern;
import jakarta.persistence.Query;
import java.net.IDN;
import java.util.Locale;

/**
 * The JPQL for one search, assembled from fixed fragments only; what the person typed is always a bound parameter.
 * Display names match anywhere (a scan of one narrow column); domains match by prefix, which the primary key of
 * peer_domain answers.
 */
final class PeerSearchQuery {

    private static final int MAX_TEXT = 253;

    private final String where;
    private final String orderBy;
    private final String containsPattern;
    private final String prefixPattern;
    private final PeerKind kind;

    private PeerSearchQuery(String where, String orderBy, String text, PeerKind kind) {
        this.where = where;
        this.orderBy = orderBy;
        this.containsPattern = text == null ? null : "%" + LikePattern.escaped(text) + "%";
        this.prefixPattern = text == null ? null : LikePattern.escaped(asDomainText(text)) + "%";
        this.kind = kind;
    }

    static PeerSearchQuery of(PeerSearch search) {
        String text = normalisedText(search.text());
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (search.kind() != null) {
            where.append(" and p.kind = :kind");
        }
        if (text != null) {
            where.append(" and (p.searchName like :contains escape '!' or p.id in (select d.peerNetwork.id")
                    .append(" from PeerDomain d where d.name like :prefix escape '!'))");
        }
        return new PeerSearchQuery(where.toString(), orderBy(search), text, search.kind());
    }

    String countJpql() {
        return "select count(p) from PeerNetwork p" + where;
    }

    String selectJpql() {
        return "select p from PeerNetwork p" + where + orderBy;
    }

    void bind(Query query) {
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (containsPattern != null) {
            query.setParameter("contains", containsPattern);
            query.setParameter("prefix", prefixPattern);
        }
    }

    private static String orderBy(PeerSearch search) {
        String direction = search.ascending() ? " asc" : " desc";
        String leading = switch (search.sort()) {
            case DISPLAY_NAME -> "p.searchName" + direction;
            case PRIMARY_DOMAIN -> "p.primaryDomain" + direction;
            case KIND -> "p.kind" + direction + ", p.searchName" + direction;
            case UPDATED_AT -> "p.updatedAt" + direction;
        };
        // The id breaks ties, so that paging never shows a row twice or skips one.
        return " order by " + leading + ", p.id" + direction;
    }

    private static String normalisedText(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip().toLowerCase(Locale.ROOT);
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    // Domains are stored as punycode: a typed "bücher" should still find xn--bcher-kva.example.
    private static String asDomainText(String text) {
        if (text.chars().allMatch(c -> c < 0x80)) {
            return text;
        }
        try {
            return IDN.toASCII(text, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notConvertible) {
            return text;
        }
    }
}
