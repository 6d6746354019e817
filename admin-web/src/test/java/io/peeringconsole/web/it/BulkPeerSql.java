package io.peeringconsole.web.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Locale;

/** Loads many peer networks straight into the schema, for volume tests; portable between H2 and PostgreSQL. */
final class BulkPeerSql {

    static final String PEER = "INSERT INTO peer_network (display_name, search_name, kind, primary_domain, notes, version,"
            + " created_at, updated_at) VALUES (?, ?, 'PEER_NETWORK', ?, NULL, 0, ?, ?)";
    static final String DOMAIN = "INSERT INTO peer_domain (name, peer_network_id, position)"
            + " SELECT primary_domain, id, 0 FROM peer_network WHERE primary_domain LIKE ?";
    private static final int BATCH = 1000;

    private BulkPeerSql() {
    }

    /** The domain of the i-th bulk peer: a permutation of 0..count-1, so insertion order is not sort order. */
    static String domain(String prefix, int i, int count) {
        return String.format(Locale.ROOT, "%s-%06d.example.net", prefix, (int) ((i * 7919L) % count));
    }

    static void insert(Connection c, PreparedStatement peer, PreparedStatement domain, String prefix, int count,
            Timestamp now) throws SQLException {
        for (int i = 0; i < count; i++) {
            String name = domain(prefix, i, count);
            String displayName = "Bulk peer " + name;
            peer.setString(1, displayName);
            peer.setString(2, displayName.toLowerCase(Locale.ROOT));
            peer.setString(3, name);
            peer.setTimestamp(4, now);
            peer.setTimestamp(5, now);
            peer.addBatch();
            if ((i + 1) % BATCH == 0) {
                peer.executeBatch();
            }
        }
        peer.executeBatch();
        domain.setString(1, prefix + "-%");
        domain.executeUpdate();
    }
}
