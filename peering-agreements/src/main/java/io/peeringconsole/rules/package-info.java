/**
 * What every bounded context shares: the exceptions by which domain rules refuse, and the page of a paged query.
 * Nothing here knows about HTTP or Vaadin; the interfaces translate these types into answers.
 */
package io.peeringconsole.rules;
