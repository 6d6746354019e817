package io.peeringconsole.web.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a container test class whose deployment differs from {@link ConsoleDeployment#create()} (its own
 * configuration, a test-only bean that replaces a real one): classes naming the same variant share one console of
 * that variant, and no class shares a console with a class of another variant. See {@link SharedConsoleExtension}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ConsoleVariant {

    /** What sets this variant apart, in a few words; the same words for every class deploying the same war. */
    String value();
}
