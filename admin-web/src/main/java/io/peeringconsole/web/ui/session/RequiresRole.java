package io.peeringconsole.web.ui.session;

import io.peeringconsole.access.domain.Role;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A view that only operators holding at least one of these roles may open; views without it are open to all. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresRole {

    Role[] value();
}
