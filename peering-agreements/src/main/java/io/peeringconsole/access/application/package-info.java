/**
 * The transaction boundary for accounts and logins: {@link io.peeringconsole.access.application.AccountService}.
 * Login refusals are results, not exceptions, so that the failure count and the audit entry commit.
 */
package io.peeringconsole.access.application;
