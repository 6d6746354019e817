/**
 * Helpers the application services of every context share: audit state JSON, recognising constraint violations
 * after a flush, and the bounds of a page.
 */
package io.peeringconsole.rules.application;
