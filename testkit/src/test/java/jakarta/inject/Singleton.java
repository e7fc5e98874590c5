package jakarta.inject;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Test-only stand-in for {@code jakarta.inject.Singleton}, so the architecture fixtures can show a service
 * carrying a container scope annotation without putting a DI library on the classpath.
 */
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Singleton {
}
