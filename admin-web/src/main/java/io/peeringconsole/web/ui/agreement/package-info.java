/**
 * Peering agreements in the console (C3): the list, the agreement page with its live activation checklist, the
 * lifecycle buttons each operator is entitled to, the impact preview before suspending or terminating, the approval
 * inbox and each agreement's history from the audit trail. Views call {@code AgreementService}; every rule stays
 * in the domain.
 */
package io.peeringconsole.web.ui.agreement;
