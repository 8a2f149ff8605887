package org.convoca.value;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one style of every Convoca value type.
 *
 * <p>An abstract {@code AbstractProposal} yields the immutable {@code Proposal} with a builder;
 * use the generated type. The abstract types are public only so that rules compiled at run time
 * by Drools' classic build can reach the accessors they declare. The Jackson wiring comes with
 * the style: the generated type is what Jackson reads and writes, so no type needs its own
 * {@code @JsonDeserialize}.
 * Collections are plain JDK collections so that the model has no runtime dependency beyond
 * Jackson.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@JsonSerialize
@JsonDeserialize
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    forceJacksonPropertyNames = false,
    // No annotation found on the build's class path (org.immutables.value.Generated above all) is
    // put on generated types: a consumer's compiler would look for it and warn, fatally under -Werror.
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface ConvocaStyle {}
