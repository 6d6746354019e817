/**
 * Who is signed in, and what they may open. The operator lives in the Vaadin session
 * ({@link io.peeringconsole.web.ui.session.ConsoleSession}); {@link io.peeringconsole.web.ui.session.AccessGuard}
 * checks every navigation against it and against a view's {@link io.peeringconsole.web.ui.session.RequiresRole}.
 * The services check authority again: hiding a view is a courtesy, not the protection.
 */
package io.peeringconsole.web.ui.session;
