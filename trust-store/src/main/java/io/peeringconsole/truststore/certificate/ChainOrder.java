package io.peeringconsole.truststore.certificate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts an upload in leaf-first order. Servers and tools emit chains in every order, and PKCS#7 sorts its set, so the
 * upload order means nothing; the issuer links do. Certificates that link to nothing keep their upload order.
 */
final class ChainOrder {

    private final List<NamedCertificate> certificates;

    private ChainOrder(List<NamedCertificate> certificates) {
        this.certificates = certificates;
    }

    static ImportedBundle arrange(List<NamedCertificate> uploaded) {
        Map<String, NamedCertificate> unique = new LinkedHashMap<>();
        uploaded.forEach(c -> unique.putIfAbsent(c.facts().sha256Fingerprint(), c));
        List<NamedCertificate> distinct = List.copyOf(unique.values());
        List<CertificateFacts> ordered = new ChainOrder(distinct).leafFirst();
        boolean reordered = !ordered.equals(distinct.stream().map(NamedCertificate::facts).toList());
        return new ImportedBundle(ordered, reordered, uploaded.size() - distinct.size());
    }

    /** Longest chains first, so that the peer's chain leads and loose certificates follow in upload order. */
    private List<CertificateFacts> leafFirst() {
        List<List<NamedCertificate>> chains = certificates.stream().filter(c -> !issuesAnother(c)).map(this::chainFrom)
                .sorted(Comparator.comparingInt((List<NamedCertificate> chain) -> chain.size()).reversed()).toList();
        Set<NamedCertificate> placed = new LinkedHashSet<>();
        chains.forEach(placed::addAll);
        List<NamedCertificate> all = new ArrayList<>(placed);
        certificates.stream().filter(c -> !placed.contains(c)).forEach(all::add);
        return all.stream().map(NamedCertificate::facts).toList();
    }

    private List<NamedCertificate> chainFrom(NamedCertificate leaf) {
        List<NamedCertificate> chain = new ArrayList<>();
        Optional<NamedCertificate> next = Optional.of(leaf);
        while (next.isPresent() && !chain.contains(next.get())) {
            chain.add(next.get());
            next = issuerOf(next.get());
        }
        return chain;
    }

    private boolean issuesAnother(NamedCertificate candidate) {
        return certificates.stream().anyMatch(c -> c != candidate && !c.selfIssued() && c.issuedBy(candidate));
    }

    private Optional<NamedCertificate> issuerOf(NamedCertificate certificate) {
        if (certificate.selfIssued()) {
            return Optional.empty();
        }
        return certificates.stream().filter(c -> c != certificate && certificate.issuedBy(c)).findFirst();
    }
}
