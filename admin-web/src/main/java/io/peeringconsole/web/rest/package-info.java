/**
 * The admin REST API under {@code /api/v1}: resources that authenticate, check nothing themselves beyond
 * converting input, call the application services (which enforce roles and record the audit entry), and
 * answer with representations, never entities. Every error is {@code application/problem+json}.
 */
package io.peeringconsole.web.rest;
