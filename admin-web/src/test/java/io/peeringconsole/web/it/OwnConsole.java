package io.peeringconsole.web.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a container test class whose deployment differs from {@link ConsoleDeployment#create()} (its own
 * configuration, for instance): it boots a console of its own instead of the one the other classes share. See
 * {@link SharedConsoleExtension}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OwnConsole {
}
