/**
 * The console's Vaadin user interface. Views only orchestrate: they read the signed-in operator from
 * {@link io.peeringconsole.web.ui.session.ConsoleSession}, call the application services, and hand data to forms
 * that know nothing of services. Failures become messages in one place,
 * {@link io.peeringconsole.web.ui.support.UserFeedback}.
 */
package io.peeringconsole.web.ui;
