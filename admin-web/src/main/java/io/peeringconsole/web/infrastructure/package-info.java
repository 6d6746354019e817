/**
 * How the console meets Payara Micro: the data source chosen at run time (H2 by default, PostgreSQL when
 * configured), Flyway migrations and schema validation at start-up, the first-run administrator, and the
 * readiness check that says when all of that is done.
 */
package io.peeringconsole.web.infrastructure;
