package io.peeringconsole.agreement.application;

/** The orders an agreement list offers; ties are broken by id, newest first, so that paging is stable. */
public enum AgreementSort {
    NEWEST("a.id"),
    LOCAL_DOMAIN("a.localDomain"),
    STATUS("a.lastChange.status"),
    VALID_FROM("a.validFrom"),
    VALID_UNTIL("a.validUntil"),
    UPDATED_AT("a.updatedAt");

    private final String property;

    AgreementSort(String property) {
        this.property = property;
    }

    String orderBy(boolean ascending) {
        String direction = ascending ? " asc" : " desc";
        return this == NEWEST ? " order by a.id" + direction : " order by " + property + direction + ", a.id desc";
    }
}
