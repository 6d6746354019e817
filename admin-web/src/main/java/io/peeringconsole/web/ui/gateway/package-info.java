/**
 * The fleet view (C7): each gateway of the local domains an operator may see, with its applied serial, last seen,
 * lag and last rejection, silent ones flagged; registering, rotating tokens (shown once), disabling and removing.
 */
package io.peeringconsole.web.ui.gateway;
