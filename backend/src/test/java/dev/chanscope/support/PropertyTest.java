package dev.chanscope.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * A property: a test run once per case of its {@code @MethodSource}, whose factory takes the cases from
 * {@link Seeds#cases}. The one parameter is the case; it implements {@link Example} so that {@link
 * PropertyExplorer} can write a failing one as an example test. {@code -Dgroups=property} runs only
 * these.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@Tag("property")
public @interface PropertyTest {}
