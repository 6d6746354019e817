package io.peeringconsole.trust.infrastructure;

import io.peeringconsole.trust.domain.ImportedCrl;
import io.peeringconsole.trust.domain.ImportedCrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaImportedCrls implements ImportedCrls {

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Override
    public List<ImportedCrl> all() {
        return em.createQuery("select c from ImportedCrl c order by c.issuer, c.thisUpdate desc, c.id",
                ImportedCrl.class).getResultList();
    }

    @Override
    public Optional<ImportedCrl> find(String storedIssuer, Instant thisUpdate) {
        return em.createQuery("select c from ImportedCrl c where c.issuer = :issuer and c.thisUpdate = :thisUpdate",
                ImportedCrl.class)
                .setParameter("issuer", storedIssuer)
                .setParameter("thisUpdate", thisUpdate)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(ImportedCrl crl) {
        Flushes.flushing(em, "This CRL was imported by someone else at the same moment; reload to see it.",
                () -> em.persist(crl));
    }
}
