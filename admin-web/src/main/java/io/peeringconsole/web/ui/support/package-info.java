/** Small pieces every view shares: turning failures into messages, confirmations, paging, formatting. */
package io.peeringconsole.web.ui.support;
